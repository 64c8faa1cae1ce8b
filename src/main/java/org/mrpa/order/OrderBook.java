package org.mrpa.order;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.advice.GadoliniumDecision;
import org.mrpa.advice.ImplantDecision;
import org.mrpa.order.ProtocollingDecision.Kind;
import org.mrpa.order.ProtocollingDecision.Outcome;
import org.mrpa.recommendation.Recommendation;
import org.mrpa.recommendation.RecommendationStore;
import org.mrpa.screening.GadoliniumAdvice;
import org.mrpa.screening.MrConditions;

/**
 * Orders, known by accession number: the latest recommendation made for one is its chosen protocol, unless a
 * technologist overrode it (with a reason); decisions the advice left to a person are recorded on it. Every override
 * and every decision is kept.
 */
@ApplicationScoped
public class OrderBook {

    private final OrderOverrides overrides;
    private final OrderDecisions decisions;
    private final RecommendationStore recommendations;
    private final Clock clock;

    public OrderBook(
            OrderOverrides overrides, OrderDecisions decisions, RecommendationStore recommendations, Clock clock) {
        this.overrides = overrides;
        this.decisions = decisions;
        this.recommendations = recommendations;
        this.clock = clock;
    }

    /** An override of an order's protocol. */
    public record Override(String protocolId, String reason, String overriddenBy, OffsetDateTime at) {}

    /** Where an order stands. */
    public enum Status {
        /** The advice left a decision to a person (gadolinium or implant) that is not yet recorded. */
        AWAITING_DECISION,
        /** Nothing is waiting: the protocol in force can be acquired. */
        READY,
        /** A radiologist declined the implant: the study must not go ahead. */
        DECLINED
    }

    /**
     * An order: its latest recommendation, its overrides and decisions (oldest first) and the protocol in force.
     *
     * @param protocolInForce the latest override's protocol, else the recommendation's (null if it has none)
     * @param awaiting        decisions the recommendation left to a person that are not yet recorded
     */
    public record Order(
            String accessionNumber,
            String recommendationId,
            String recommendedProtocolId,
            OffsetDateTime recommendedAt,
            String protocolInForce,
            List<Override> overrides,

            @Schema(description = "AWAITING_DECISION until every decision left to a person is recorded")
            Status status,

            List<Kind> awaiting,
            List<ProtocollingDecision> decisions) {

        /** The latest decision of a kind on the order's current recommendation, if any. */
        public Optional<ProtocollingDecision> decided(Kind kind) {
            ProtocollingDecision latest = null;
            for (ProtocollingDecision d : decisions) {
                if (d.kind() == kind && d.recommendationId().equals(recommendationId)) {
                    latest = d;
                }
            }
            return Optional.ofNullable(latest);
        }
    }

    /** @throws OrderNotFoundException when no recommendation was made for the accession number */
    public Order order(String accessionNumber) {
        Recommendation r = recommendation(accessionNumber);
        List<Override> overridden = overrides.of(accessionNumber);
        String recommended = r.protocol() == null ? null : r.protocol().id();
        String inForce = overridden.isEmpty()
                ? recommended
                : overridden.get(overridden.size() - 1).protocolId();
        List<ProtocollingDecision> decided = decisions.of(accessionNumber);
        List<Kind> awaiting = new ArrayList<>();
        for (Kind kind : pending(r)) {
            if (decided.stream()
                    .noneMatch(d -> d.kind() == kind && d.recommendationId().equals(r.recommendationId()))) {
                awaiting.add(kind);
            }
        }
        return new Order(
                accessionNumber,
                r.recommendationId(),
                recommended,
                r.createdAt().atOffset(ZoneOffset.UTC),
                inForce,
                overridden,
                status(r.recommendationId(), decided, awaiting),
                List.copyOf(awaiting),
                decided);
    }

    /** DECLINED when the latest implant decision on the recommendation declined; else waiting or ready. */
    private static Status status(String recommendationId, List<ProtocollingDecision> decided, List<Kind> awaiting) {
        Outcome implant = null;
        for (ProtocollingDecision d : decided) {
            if (d.kind() == Kind.IMPLANT && d.recommendationId().equals(recommendationId)) {
                implant = d.outcome();
            }
        }
        if (implant == Outcome.DECLINED) {
            return Status.DECLINED;
        }
        return awaiting.isEmpty() ? Status.READY : Status.AWAITING_DECISION;
    }

    /** The decisions the recommendation leaves to a person (advice vocabulary, protocolling decisions). */
    static List<Kind> pending(Recommendation r) {
        List<Kind> kinds = new ArrayList<>();
        if (r.gadolinium() != null && r.gadolinium().decision() == GadoliniumDecision.RADIOLOGIST_DECISION) {
            kinds.add(Kind.GADOLINIUM);
        }
        if (r.implantSafety() != null && r.implantSafety().decision() == ImplantDecision.RADIOLOGIST_REVIEW) {
            kinds.add(Kind.IMPLANT);
        }
        return kinds;
    }

    /**
     * Records a technologist's choice of another catalog protocol for the order (the caller checks the protocol exists).
     *
     * @throws OrderNotFoundException when no recommendation was made for the accession number
     */
    public Order override(String accessionNumber, String protocolId, String reason, String overriddenBy) {
        recommendation(accessionNumber);
        overrides.add(accessionNumber, protocolId, reason.trim(), overriddenBy.trim(), now());
        return order(accessionNumber);
    }

    /**
     * Records a decision the order's recommendation left to a person. A later decision of the same kind replaces the
     * earlier one (both are kept).
     *
     * @param agent       the agent to give (GIVE only; one of the recommendation's agent options)
     * @param constraints the conditions that apply to an APPROVED implant (null: the recommendation's constraints)
     * @throws OrderNotFoundException   when no recommendation was made for the accession number
     * @throws InvalidDecisionException when the decision does not fit the order's open question
     */
    public Order decide(
            String accessionNumber,
            Outcome outcome,
            String agent,
            MrConditions constraints,
            String reason,
            String decidedBy) {
        Recommendation r = recommendation(accessionNumber);
        Kind kind = outcome.kind();
        if (!pending(r).contains(kind)) {
            throw new InvalidDecisionException(
                    "outcome",
                    "recommendation " + r.recommendationId() + " leaves no " + kind + " decision to a radiologist",
                    true);
        }
        String chosenAgent = validAgent(r, outcome, agent);
        if (constraints != null && outcome != Outcome.APPROVED) {
            throw new InvalidDecisionException(
                    "constraints", "only an APPROVED implant decision takes constraints", false);
        }
        decisions.add(
                accessionNumber,
                new ProtocollingDecision(
                        UUID.randomUUID().toString(),
                        r.recommendationId(),
                        kind,
                        outcome,
                        chosenAgent,
                        constraints,
                        reason.trim(),
                        decidedBy.trim(),
                        now()));
        return order(accessionNumber);
    }

    /** GIVE needs one of the recommendation's agent options; other outcomes take no agent. */
    private static String validAgent(Recommendation r, Outcome outcome, String agent) {
        String a = agent == null || agent.isBlank() ? null : agent.trim();
        if (outcome != Outcome.GIVE) {
            if (a != null) {
                throw new InvalidDecisionException("agent", "only a GIVE decision names an agent", false);
            }
            return null;
        }
        List<String> options = r.gadolinium().agents().stream()
                .map(GadoliniumAdvice.AgentOption::agent)
                .toList();
        if (a == null) {
            throw new InvalidDecisionException("agent", "GIVE needs the agent, one of " + options, false);
        }
        return options.stream()
                .filter(o -> o.equalsIgnoreCase(a))
                .findFirst()
                .orElseThrow(() -> new InvalidDecisionException(
                        "agent", "'" + a + "' is not one of the recommended agents " + options, false));
    }

    /** The override in force for an order, if any. */
    public Optional<Override> latestOverride(String accessionNumber) {
        List<Override> all = overrides.of(accessionNumber);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private Recommendation recommendation(String accessionNumber) {
        return recommendations
                .findByAccession(accessionNumber)
                .orElseThrow(() -> new OrderNotFoundException(
                        "No recommendation was made for accession number " + accessionNumber));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
