package org.mrpa.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mrpa.recommendation.Recommendation;
import org.mrpa.recommendation.RecommendationStore;

/**
 * Orders, known by accession number: the latest recommendation made for one is its chosen protocol, unless a
 * technologist overrode it (with a reason); every override is kept.
 */
@ApplicationScoped
public class OrderBook {

    private final Database db;
    private final RecommendationStore recommendations;
    private final Clock clock;

    public OrderBook(Database db, RecommendationStore recommendations, Clock clock) {
        this.db = db;
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

    /** @throws AuditNotFoundException when no recommendation was made for the accession number */
    public Order order(String accessionNumber) {
        Recommendation r = recommendations
                .findByAccession(accessionNumber)
                .orElseThrow(() -> new AuditNotFoundException(
                        "ORDER_NOT_FOUND", "No recommendation was made for accession number " + accessionNumber));
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
     * @throws AuditNotFoundException when no recommendation was made for the accession number
     */
    public Order override(String accessionNumber, String protocolId, String reason, String overriddenBy) {
        order(accessionNumber);
        QuarkusTransaction.requiringNew().run(() -> {
            OrderOverrideEntity e = new OrderOverrideEntity();
            e.id = UUID.randomUUID().toString();
            e.accessionNumber = accessionNumber;
            e.protocolId = protocolId;
            e.reason = Text.clip(reason.trim(), 2000);
            e.overriddenBy = Text.clip(overriddenBy.trim(), 100);
            e.createdAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            db.session().persist(e);
        });
        return order(accessionNumber);
    }

    /** The override in force for an order, if any. */
    public Optional<Override> latestOverride(String accessionNumber) {
        List<Override> all = overrides(accessionNumber);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private List<Override> overrides(String accessionNumber) {
        return QuarkusTransaction.joiningExisting()
                .call(() -> db
                        .session()
                        .createSelectionQuery(
                                "from OrderOverrideEntity where accessionNumber = :a order by createdAt, id",
                                OrderOverrideEntity.class)
                        .setParameter("a", accessionNumber)
                        .getResultList()
                        .stream()
                        .map(e -> new Override(e.protocolId, e.reason, e.overriddenBy, e.createdAt))
                        .toList());
    }
}
