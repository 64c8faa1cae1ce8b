package org.mrpa.study;

import java.util.ArrayList;
import java.util.List;
import org.mrpa.conformance.ConformanceIssue;
import org.mrpa.conformance.GadoliniumOutcome;
import org.mrpa.conformance.IssueCode;
import org.mrpa.conformance.SafetyContext;
import org.mrpa.order.OrderBook;
import org.mrpa.order.ProtocollingDecision;
import org.mrpa.order.ProtocollingDecision.Kind;
import org.mrpa.order.ProtocollingDecision.Outcome;

/**
 * What the protocolling decisions on an order mean for the check of its study (advice vocabulary, "Protocolling
 * decisions on an order"): the decided gadolinium and implant values replace the undecided advice; an order still
 * AWAITING_DECISION is a warning, a study acquired although the implant was DECLINED a safety deviation.
 *
 * @param safety  the decided values to apply to the expected protocol
 * @param issues  study-level issues the order's status raises
 * @param summary a clause for the report's order detail naming the decisions used (empty when none)
 */
record OrderDecisionContext(SafetyContext safety, List<ConformanceIssue> issues, String summary) {

    /** The decisions of an order, read for the check of its study. */
    static OrderDecisionContext of(OrderBook.Order order) {
        List<ConformanceIssue> issues = new ArrayList<>();
        List<String> used = new ArrayList<>();
        GadoliniumOutcome gadolinium = order.decided(Kind.GADOLINIUM)
                .map(d -> {
                    used.add("gadolinium " + d.outcome() + " by " + d.decidedBy());
                    return d.outcome() == Outcome.GIVE ? GadoliniumOutcome.GIVE : GadoliniumOutcome.DO_NOT_GIVE;
                })
                .orElse(null);
        ProtocollingDecision implant = order.decided(Kind.IMPLANT).orElse(null);
        List<org.mrpa.screening.MrConditions> conditions = null;
        if (implant != null) {
            used.add("implant " + implant.outcome() + " by " + implant.decidedBy());
            if (implant.outcome() == Outcome.APPROVED && implant.constraints() != null) {
                conditions = List.of(implant.constraints());
            }
        }
        if (order.status() == OrderBook.Status.AWAITING_DECISION) {
            issues.add(ConformanceIssue.ofStudy(
                    IssueCode.ORDER_AWAITING_DECISION,
                    "The order is still awaiting a radiologist's decision (" + order.awaiting()
                            + "): the study was checked against the undecided advice.",
                    "decided " + order.awaiting(),
                    "AWAITING_DECISION"));
        }
        if (order.status() == OrderBook.Status.DECLINED) {
            issues.add(ConformanceIssue.ofStudy(
                    IssueCode.IMPLANT_DECLINED,
                    "The study was acquired although the implant was DECLINED: "
                            + (implant == null ? "" : implant.reason()),
                    "no study (implant DECLINED)",
                    "study acquired"));
        }
        return new OrderDecisionContext(
                new SafetyContext(gadolinium, conditions, null),
                List.copyOf(issues),
                used.isEmpty() ? "" : "; decisions used: " + String.join(", ", used));
    }
}
