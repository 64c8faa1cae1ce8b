package org.mrpa.screening;

/**
 * One screening rule: reads the order, the patient, the scanners, the site policy and the outcomes of the rules that
 * ran before it, and gives one outcome. Rules are stateless; the service runs them in a stated order (see the package
 * documentation).
 *
 * @param <D> the rule's decision: a section of the recommendation, or a value later rules read
 */
public interface ScreeningRule<D> {

    /**
     * Applies the rule.
     *
     * @param context the inputs and the outcomes of the rules that ran before this one
     * @return the rule's decision with the limits it puts on the scan, its flags, and the reasons it adds to the
     *     recommendation's own reasons list
     * @throws IllegalStateException when a rule this one needs has not run before it
     */
    RuleOutcome<D> apply(ScreeningContext context);
}
