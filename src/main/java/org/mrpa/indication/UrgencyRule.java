package org.mrpa.indication;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.indication.Urgency.Level;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.UrgencyCue;

/**
 * The urgency of a matched indication (clinical reference §1.4) from the family and the asserted urgency cues of the
 * lexicon. Emergency rules are tried first, then urgent ones; the first that applies decides. Negated cues ("no
 * saddle anaesthesia") are never among the cues, so they never raise urgency. Urgency never removes safety steps.
 */
public final class UrgencyRule {

    private final boolean chronicMyelopathyProgressionUrgent;
    private final double childBelowAgeYears;

    /**
     * @param chronicMyelopathyProgressionUrgent site policy [LOCAL] §1.4: expedite a chronic myelopathy with rapid
     *     progression or falls
     * @param childBelowAgeYears age below which a patient is a child (site policy pediatricAgeYears)
     */
    public UrgencyRule(boolean chronicMyelopathyProgressionUrgent, double childBelowAgeYears) {
        this.chronicMyelopathyProgressionUrgent = chronicMyelopathyProgressionUrgent;
        this.childBelowAgeYears = childBelowAgeYears;
    }

    /**
     * The urgency of a supported indication.
     *
     * @param match    the matched indication (family and urgency cues)
     * @param ageYears the patient's age; null when not known (then no child rule applies)
     * @return the level and the rule that set it
     */
    public Urgency assess(IndicationMatch match, Double ageYears) {
        Map<UrgencyCue, List<Evidence>> cues = match.urgencyCues();
        Family family = match.family();
        Optional<Reason> emergency = emergency(family, cues);
        if (emergency.isPresent()) {
            return new Urgency(Level.EMERGENCY, List.of(emergency.get()));
        }
        Optional<Reason> urgent = urgent(family, cues, ageYears);
        if (urgent.isPresent()) {
            return new Urgency(Level.URGENT, List.of(urgent.get()));
        }
        return new Urgency(
                Level.ROUTINE,
                List.of(Reason.of(
                        ReasonCode.URG_ROUTINE,
                        "No emergency or urgent criterion of §1.4 is stated (negated red flags do not count): ROUTINE.",
                        "§1.4")));
    }

    /** The emergency rules of §1.4, in the order of the reference. */
    private static Optional<Reason> emergency(Family family, Map<UrgencyCue, List<Evidence>> cues) {
        return familyDeficit(family, cues).or(() -> acuteMyelopathyOrCes(family, cues));
    }

    /** MSCC, infection, trauma and haematoma with a neurological deficit (infection also with sepsis). */
    private static Optional<Reason> familyDeficit(Family family, Map<UrgencyCue, List<Evidence>> cues) {
        boolean deficit = cues.containsKey(UrgencyCue.NEURO_DEFICIT);
        boolean sepsis = cues.containsKey(UrgencyCue.SEPSIS);
        if (family == Family.MSCC && deficit) {
            return Optional.of(emergency(
                    ReasonCode.URG_MSCC_DEFICIT,
                    "MSCC with neurological symptoms or signs",
                    cues,
                    UrgencyCue.NEURO_DEFICIT,
                    "S16"));
        }
        if (family == Family.INFECTION && (deficit || sepsis)) {
            return Optional.of(emergency(
                    ReasonCode.URG_INFECTION_DEFICIT,
                    "Suspected spinal infection with a new neurological deficit or sepsis",
                    cues,
                    sepsis ? UrgencyCue.SEPSIS : UrgencyCue.NEURO_DEFICIT,
                    "S15",
                    "S28"));
        }
        if (family == Family.TRAUMA && deficit) {
            return Optional.of(emergency(
                    ReasonCode.URG_TRAUMA_DEFICIT,
                    "Acute trauma with a neurological deficit",
                    cues,
                    UrgencyCue.NEURO_DEFICIT,
                    "S15"));
        }
        if (family == Family.HEMATOMA && deficit) {
            return Optional.of(emergency(
                    ReasonCode.URG_HEMATOMA_DEFICIT,
                    "Suspected spinal haematoma with a deficit",
                    cues,
                    UrgencyCue.NEURO_DEFICIT,
                    "S28"));
        }
        return Optional.empty();
    }

    /** Acute myelopathy with motor or sphincter deficit; then suspected cauda equina syndrome in any family. */
    private static Optional<Reason> acuteMyelopathyOrCes(Family family, Map<UrgencyCue, List<Evidence>> cues) {
        if (family == Family.MYELOPATHY
                && cues.containsKey(UrgencyCue.ACUTE_ONSET)
                && cues.containsKey(UrgencyCue.MOTOR_OR_SPHINCTER)) {
            return Optional.of(emergency(
                    ReasonCode.URG_MYELOPATHY_ACUTE_DEFICIT,
                    "Acute myelopathy with motor weakness or sphincter disturbance (until compression is excluded)",
                    cues,
                    UrgencyCue.MOTOR_OR_SPHINCTER,
                    "S15"));
        }
        if (cues.containsKey(UrgencyCue.CAUDA_EQUINA)) {
            return Optional.of(emergency(
                    ReasonCode.URG_CES, "Suspected cauda equina syndrome", cues, UrgencyCue.CAUDA_EQUINA, "S27"));
        }
        return Optional.empty();
    }

    /** The urgent rules of §1.4. */
    private Optional<Reason> urgent(Family family, Map<UrgencyCue, List<Evidence>> cues, Double ageYears) {
        if (family == Family.INFECTION) {
            return Optional.of(Reason.of(
                    ReasonCode.URG_INFECTION,
                    "Suspected spinal infection without a stated neurological deficit or sepsis: URGENT.",
                    "§1.4",
                    "S15",
                    "S28"));
        }
        if (family == Family.MSCC
                || (family == Family.TUMOR
                        && cues.containsKey(UrgencyCue.CANCER)
                        && cues.containsKey(UrgencyCue.SPINAL_PAIN))) {
            return Optional.of(urgent(
                    ReasonCode.URG_MSCC_RISK,
                    "MSCC risk without neurological signs (within 1 week [VERIFY])",
                    cues,
                    UrgencyCue.CANCER,
                    "S16"));
        }
        return myelopathy(family, cues).or(() -> child(cues, ageYears));
    }

    /** Acute myelopathy without motor or sphincter deficit; chronic myelopathy with rapid progression or falls. */
    private Optional<Reason> myelopathy(Family family, Map<UrgencyCue, List<Evidence>> cues) {
        if (family == Family.MYELOPATHY && cues.containsKey(UrgencyCue.ACUTE_ONSET)) {
            return Optional.of(urgent(
                    ReasonCode.URG_MYELOPATHY_ACUTE,
                    "Acute myelopathy without motor or sphincter deficit",
                    cues,
                    UrgencyCue.ACUTE_ONSET,
                    "S15"));
        }
        if (family == Family.MYELOPATHY
                && chronicMyelopathyProgressionUrgent
                && cues.containsKey(UrgencyCue.RAPID_PROGRESSION)) {
            return Optional.of(urgent(
                            ReasonCode.URG_MYELOPATHY_PROGRESSION,
                            "Chronic myelopathy with rapid progression or falls, expedited [LOCAL]",
                            cues,
                            UrgencyCue.RAPID_PROGRESSION,
                            "S15")
                    .bySitePolicy("referrals.chronicMyelopathyProgressionUrgent"));
        }
        return Optional.empty();
    }

    /** A child with back pain and red flags (fever, refusal to walk or bear weight, night pain, neurological signs). */
    private Optional<Reason> child(Map<UrgencyCue, List<Evidence>> cues, Double ageYears) {
        boolean child = ageYears != null && ageYears < childBelowAgeYears;
        if (child && (cues.containsKey(UrgencyCue.CHILD_RED_FLAG) || cues.containsKey(UrgencyCue.NEURO_DEFICIT))) {
            UrgencyCue cue =
                    cues.containsKey(UrgencyCue.CHILD_RED_FLAG) ? UrgencyCue.CHILD_RED_FLAG : UrgencyCue.NEURO_DEFICIT;
            return Optional.of(urgent(
                    ReasonCode.URG_CHILD_RED_FLAGS,
                    "A child with back pain and red flags (Back pain—child [VERIFY])",
                    cues,
                    cue,
                    "S15"));
        }
        return Optional.empty();
    }

    private static Reason emergency(
            ReasonCode code, String rule, Map<UrgencyCue, List<Evidence>> cues, UrgencyCue cue, String... sources) {
        return Reason.of(code, rule + " (" + words(cues, cue) + "): EMERGENCY.", "§1.4", sources);
    }

    private static Reason urgent(
            ReasonCode code, String rule, Map<UrgencyCue, List<Evidence>> cues, UrgencyCue cue, String... sources) {
        return Reason.of(code, rule + wordsIfAny(cues, cue) + ": URGENT.", "§1.4", sources);
    }

    private static String wordsIfAny(Map<UrgencyCue, List<Evidence>> cues, UrgencyCue cue) {
        return cues.containsKey(cue) ? " (" + words(cues, cue) + ")" : "";
    }

    /** The words of the referral behind a cue, as written. */
    private static String words(Map<UrgencyCue, List<Evidence>> cues, UrgencyCue cue) {
        return cues.getOrDefault(cue, List.of()).stream()
                .map(e -> "'" + e.matched() + "'")
                .collect(Collectors.joining(", "));
    }
}
