package org.mrpa.screening;

import java.util.Optional;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.SitePolicy;

/** The pregnancy status the rules act on when none was stated (fail safe: "unknown" in the child-bearing window). */
public final class PregnancyScreen implements ScreeningRule<PregnancyScreen.Result> {

    /** The status and, when inferred, why. */
    public record Result(PregnancyStatus status, Optional<Reason> inferred) {}

    /**
     * The effective pregnancy status of the patient, which later rules read.
     *
     * @return the status; when inferred, the reason is added to the recommendation's reasons
     */
    @Override
    public RuleOutcome<Result> apply(ScreeningContext c) {
        Result result = effective(c.patient(), c.policy());
        return RuleOutcome.of(result).withReasons(result.inferred().stream().toList());
    }

    /**
     * The stated status; when absent, NOT_APPLICABLE for male patients and for ages outside the site's
     * child-bearing window, otherwise UNKNOWN.
     */
    public static Result effective(PatientScreening p, SitePolicy policy) {
        if (p.pregnancy() != null) {
            return new Result(p.pregnancy(), Optional.empty());
        }
        Range window = policy.pregnancy().childbearingAgeYears();
        boolean male = p.sex() == Sex.MALE;
        boolean outsideWindow = p.ageYears() != null
                && ((window.min() != null && p.ageYears() < window.min())
                        || (window.max() != null && p.ageYears() > window.max()));
        if (male || outsideWindow) {
            return new Result(PregnancyStatus.NOT_APPLICABLE, Optional.empty());
        }
        return new Result(
                PregnancyStatus.UNKNOWN,
                Optional.of(Reason.of(
                                ReasonCode.PREG_STATUS_NOT_STATED,
                                "Pregnancy status not stated for a patient who may be pregnant (sex "
                                        + (p.sex() == null ? "not stated" : p.sex()) + ", age "
                                        + (p.ageYears() == null ? "not stated" : p.ageYears())
                                        + "); treated as unknown.",
                                "§3.3",
                                "S1")
                        .bySitePolicy("pregnancy.childbearingAgeYears")));
    }
}
