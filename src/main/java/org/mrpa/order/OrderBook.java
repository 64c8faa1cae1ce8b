package org.mrpa.order;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.mrpa.recommendation.Recommendation;
import org.mrpa.recommendation.RecommendationStore;

/**
 * Orders, known by accession number: the latest recommendation made for one is its chosen protocol, unless a
 * technologist overrode it (with a reason); every override is kept.
 */
@ApplicationScoped
public class OrderBook {

    private final OrderOverrides overrides;
    private final RecommendationStore recommendations;
    private final Clock clock;

    public OrderBook(OrderOverrides overrides, RecommendationStore recommendations, Clock clock) {
        this.overrides = overrides;
        this.recommendations = recommendations;
        this.clock = clock;
    }

    /** An override of an order's protocol. */
    public record Override(String protocolId, String reason, String overriddenBy, OffsetDateTime at) {}

    /**
     * An order: its latest recommendation, its overrides (oldest first) and the protocol in force.
     *
     * @param protocolInForce the latest override's protocol, else the recommendation's (null if it has none)
     */
    public record Order(
            String accessionNumber,
            String recommendationId,
            String recommendedProtocolId,
            OffsetDateTime recommendedAt,
            String protocolInForce,
            List<Override> overrides) {}

    /** @throws OrderNotFoundException when no recommendation was made for the accession number */
    public Order order(String accessionNumber) {
        Recommendation r = recommendations
                .findByAccession(accessionNumber)
                .orElseThrow(() -> new OrderNotFoundException(
                        "No recommendation was made for accession number " + accessionNumber));
        List<Override> overrides = overrides(accessionNumber);
        String inForce = overrides.isEmpty()
                ? (r.protocol() == null ? null : r.protocol().id())
                : overrides.get(overrides.size() - 1).protocolId();
        return new Order(
                accessionNumber,
                r.recommendationId(),
                r.protocol() == null ? null : r.protocol().id(),
                r.createdAt().atOffset(ZoneOffset.UTC),
                inForce,
                overrides);
    }

    /**
     * Records a technologist's choice of another catalog protocol for the order (the caller checks the protocol exists).
     *
     * @throws OrderNotFoundException when no recommendation was made for the accession number
     */
    public Order override(String accessionNumber, String protocolId, String reason, String overriddenBy) {
        order(accessionNumber);
        overrides.add(
                accessionNumber,
                protocolId,
                reason.trim(),
                overriddenBy.trim(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        return order(accessionNumber);
    }

    /** The override in force for an order, if any. */
    public Optional<Override> latestOverride(String accessionNumber) {
        List<Override> all = overrides(accessionNumber);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private List<Override> overrides(String accessionNumber) {
        return overrides.of(accessionNumber);
    }
}
