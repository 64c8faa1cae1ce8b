package org.mrpa.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mrpa.advice.Flag;
import org.mrpa.advice.ImplantDecision;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.ScannerProfile;

/**
 * Whether the scan can happen at all: not when implant safety says do not scan (§4.2), or when the patient is over
 * the table limit of every scanner that may be offered (§7). Then CT or CT myelography is suggested (§4.2, §5 rule
 * 10); also when a device's label or status calls for it (a legacy cardiac device).
 */
public final class FeasibilityRule implements ScreeningRule<Feasibility> {

    /** Families whose question is the canal, the cord or the nerve roots: CT myelography shows them, CT does not. */
    private static final Set<Family> NEURAL_QUESTION = EnumSet.of(
            Family.DEG_LUMBAR,
            Family.DEG_CERVICAL,
            Family.DEG_THORACIC,
            Family.MYELOPATHY,
            Family.MSCC,
            Family.POSTOP,
            Family.CYST,
            Family.CSF_LEAK);

    /**
     * Decides feasibility. Needs {@link ImplantSafetyRule} and {@link ScannerChoiceRule} to have run.
     *
     * @return the feasibility with its blocking reasons, and ALTERNATIVE_IMAGING_SUGGESTED when it names one
     */
    @Override
    public RuleOutcome<Feasibility> apply(ScreeningContext c) {
        Feasibility f = evaluate(
                c.decision(ImplantSafetyRule.class),
                c.decision(ScannerChoiceRule.class).target(),
                c.patient().weightKg(),
                c.protocol().family());
        return RuleOutcome.of(f).withFlags(f.flags()).withReasons(f.blockingReasons());
    }

    /**
     * Decides whether the chosen scanner may scan the patient (the scanner choice already moved the patient to one
     * whose table takes the weight when there is one).
     */
    Feasibility evaluate(ImplantSafety safety, ScannerProfile target, Double weightKg, Family family) {
        List<Reason> blocking = new ArrayList<>();
        if (safety.decision() == ImplantDecision.DO_NOT_SCAN) {
            blocking.add(Reason.of(
                    ReasonCode.FEAS_IMPLANT_DO_NOT_SCAN,
                    "Implant safety is DO_NOT_SCAN: no available scanner may scan the patient.",
                    "§4.2",
                    "S7",
                    "S8"));
        }
        if (weightKg != null && target.tableLimitKg() != null && weightKg > target.tableLimitKg()) {
            blocking.add(Reason.of(
                    ReasonCode.FEAS_TABLE_LIMIT,
                    "Weight " + Range.format(weightKg) + " kg is over the table limit of every scanner that may be "
                            + "offered (" + (target.id() == null ? "booked scanner" : target.id()) + ": "
                            + Range.format(target.tableLimitKg()) + " kg).",
                    "§7"));
        }
        boolean suggested = !blocking.isEmpty() || safety.flags().contains(Flag.ALTERNATIVE_IMAGING_SUGGESTED);
        if (!suggested) {
            return new Feasibility(true, List.of(), null, List.of());
        }
        Feasibility.Modality modality =
                NEURAL_QUESTION.contains(family) ? Feasibility.Modality.CT_MYELOGRAPHY : Feasibility.Modality.CT;
        String why = blocking.isEmpty()
                ? "If the radiologist review does not clear the device: " + modality + " (§4.2, S11)."
                : "MRI cannot be done on the available scanners: " + modality + " instead (§4.2; §5 rule 10, S15).";
        return new Feasibility(
                blocking.isEmpty(),
                blocking,
                new Feasibility.AlternativeImaging(modality, why),
                List.of(Flag.ALTERNATIVE_IMAGING_SUGGESTED));
    }
}
