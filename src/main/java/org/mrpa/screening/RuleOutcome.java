package org.mrpa.screening;

import java.util.Collection;
import java.util.List;
import org.mrpa.advice.Flag;
import org.mrpa.advice.Reason;

/**
 * What one screening rule decided.
 *
 * @param decision    the rule's decision: a section of the recommendation (which keeps that section's reasons) or a
 *                    value later rules read
 * @param constraints the limits the rule puts on the scan; {@link ScanConstraints#NONE} when it puts none
 * @param flags       the rule's advisory flags
 * @param reasons     the reasons the rule adds to the recommendation's own reasons list, in order
 * @param <D>         the decision's type
 */
public record RuleOutcome<D>(D decision, ScanConstraints constraints, List<Flag> flags, List<Reason> reasons) {

    public RuleOutcome {
        constraints = constraints == null ? ScanConstraints.NONE : constraints;
        flags = flags == null ? List.of() : List.copyOf(flags);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A decision without limits, flags or reasons of its own. */
    public static <D> RuleOutcome<D> of(D decision) {
        return new RuleOutcome<>(decision, ScanConstraints.NONE, List.of(), List.of());
    }

    /** This outcome with the limits the rule puts on the scan. */
    public RuleOutcome<D> withConstraints(ScanConstraints limits) {
        return new RuleOutcome<>(decision, limits, flags, reasons);
    }

    /** This outcome with the rule's flags. */
    public RuleOutcome<D> withFlags(Collection<Flag> ruleFlags) {
        return new RuleOutcome<>(decision, constraints, List.copyOf(ruleFlags), reasons);
    }

    /** This outcome with the reasons the rule adds to the recommendation's reasons list. */
    public RuleOutcome<D> withReasons(List<Reason> ruleReasons) {
        return new RuleOutcome<>(decision, constraints, flags, ruleReasons);
    }
}
