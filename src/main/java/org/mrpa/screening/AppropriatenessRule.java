package org.mrpa.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mrpa.advice.Flag;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.indication.IndicationMatch;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.SitePolicy;

/** Appropriateness advisories (clinical reference §1.3): reported as flags, never a silent refusal. */
public final class AppropriatenessRule implements ScreeningRule<Advisory> {

    /**
     * Advisories for the indication: the matched family, its red flags and prior management.
     *
     * @return the advisory; its flags and reasons go to the recommendation's own lists
     */
    @Override
    public RuleOutcome<Advisory> apply(ScreeningContext c) {
        IndicationMatch m = c.match();
        Advisory advisory = evaluate(c.protocol().family(), m.redFlags(), m.priorManagement(), c.patient(), c.policy());
        return RuleOutcome.of(advisory).withFlags(advisory.flags()).withReasons(advisory.reasons());
    }

    /**
     * Advisories for an indication.
     *
     * @param redFlags        red-flag phrases the indication asserts
     * @param priorManagement phrases showing duration or failed management
     */
    Advisory evaluate(
            Family family, List<String> redFlags, List<String> priorManagement, PatientScreening p, SitePolicy policy) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        List<Reason> reasons = new ArrayList<>();
        boolean child = p.ageYears() != null && p.ageYears() < policy.patients().pediatricAgeYears();
        switch (family) {
            case MSCC -> {
                flags.add(Flag.URGENT);
                reasons.add(Reason.of(
                        ReasonCode.APP_MSCC_24H,
                        "Suspected MSCC: whole-spine MRI within 24 hours when there are neurological symptoms "
                                + "or signs; do not delay for contrast.",
                        "§1.3",
                        "S16"));
            }
            case TRAUMA ->
                reasons.add(Reason.of(
                        ReasonCode.APP_TRAUMA_CT_FIRST,
                        "Trauma: CT first; MRI without contrast for suspected cord, root or " + "ligament injury.",
                        "§1.3",
                        "S15"));
            case DEG_LUMBAR, DEG_CERVICAL, DEG_THORACIC -> {
                if (redFlags.isEmpty() && child) {
                    flags.add(Flag.APPROPRIATENESS_USUALLY_NOT_APPROPRIATE);
                    reasons.add(Reason.of(
                            ReasonCode.APP_BACK_PAIN_CHILD,
                            "Child with back pain and no red flags: imaging usually not appropriate.",
                            "§1.3",
                            "S15"));
                } else if (family == Family.DEG_LUMBAR && redFlags.isEmpty() && priorManagement.isEmpty()) {
                    flags.add(Flag.APPROPRIATENESS_USUALLY_NOT_APPROPRIATE);
                    reasons.add(Reason.of(
                            ReasonCode.APP_LBP_V1_V2,
                            "Low back pain without red flags and without 6 weeks of failed management: imaging "
                                    + "usually not appropriate (ACR LBP 2021 variants 1-2). State red flags or prior management if present.",
                            "§1.3",
                            "S15"));
                } else if (family == Family.DEG_LUMBAR && redFlags.isEmpty()) {
                    reasons.add(Reason.of(
                            ReasonCode.APP_LBP_V3,
                            "Low back pain after failed management, surgical or intervention candidate: MRI "
                                    + "without contrast (ACR LBP 2021 variant 3).",
                            "§1.3",
                            "S15"));
                }
            }
            default -> {}
        }
        return new Advisory(List.copyOf(flags), reasons);
    }
}
