package org.mrpa.screening;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mrpa.advice.Flag;
import org.mrpa.advice.MotionMeasure;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.protocol.LicensedOption;
import org.mrpa.protocol.Region;
import org.mrpa.protocol.ScannerProfile;
import org.mrpa.protocol.SitePolicy;

/** Claustrophobia and motion measures (clinical reference §6); anxiolysis and sedation are local policy. */
public final class MotionRule implements ScreeningRule<MotionAdvice> {

    private static final int WIDE_BORE_CM = 70;

    /**
     * Decides the measures for the patient's claustrophobia and motion risk at the scanner in force
     * ({@link ScreeningContext#scanners()}).
     *
     * @return the motion section, with its flags
     */
    @Override
    public RuleOutcome<MotionAdvice> apply(ScreeningContext c) {
        MotionAdvice motion = evaluate(c.patient(), c.protocol().region(), c.scanners(), c.policy());
        return RuleOutcome.of(motion).withFlags(motion.flags());
    }

    /** Decides the measures for a patient's claustrophobia and motion risk. */
    MotionAdvice evaluate(PatientScreening p, Region region, ScannerContext scanners, SitePolicy policy) {
        Set<MotionMeasure> measures = new LinkedHashSet<>();
        Findings f = new Findings();
        if (p.claustrophobiaOrNone() != Claustrophobia.NONE) {
            claustrophobia(p.claustrophobiaOrNone(), region, scanners, measures, f);
        }
        if (p.motionRiskOrLow() == MotionRisk.HIGH) {
            highMotionRisk(p, scanners, policy, measures, f);
        }
        boolean abbreviated = measures.contains(MotionMeasure.ABBREVIATED_PROTOCOL_PRIORITISED);
        return new MotionAdvice(List.copyOf(measures), abbreviated, f.flags(), f.reasons());
    }

    /** Claustrophobia: wide bore, feet first for lumbar and SIJ, and when severe the abbreviated protocol. */
    private static void claustrophobia(
            Claustrophobia claustrophobia,
            Region region,
            ScannerContext scanners,
            Set<MotionMeasure> measures,
            Findings f) {
        measures.add(MotionMeasure.WIDE_BORE_OR_OPEN);
        Integer bore = scanners.booked().boreCm();
        String wide = scanners.alternatives().stream()
                .filter(s -> s.boreCm() != null && s.boreCm() >= WIDE_BORE_CM)
                .map(ScannerProfile::id)
                .findFirst()
                .orElse(null);
        f.add(
                Reason.of(
                        ReasonCode.MOT_WIDE_BORE,
                        "Claustrophobia: a 70-cm wide short bore completed 89 % of previously failed studies"
                                + (bore != null && bore < WIDE_BORE_CM && wide != null
                                        ? "; booked bore is " + bore + " cm, " + wide + " is wide bore"
                                        : "")
                                + ". Prism glasses and communication help.",
                        "§6",
                        "S22"),
                Flag.CLAUSTROPHOBIA_MEASURES);
        if (region == Region.LUMBAR || region == Region.SIJ) {
            measures.add(MotionMeasure.FEET_FIRST);
            f.add(Reason.of(
                    ReasonCode.MOT_FEET_FIRST,
                    "Feet first for lumbar and sacroiliac imaging keeps the head out of the bore.",
                    "§6",
                    "S22"));
        }
        if (claustrophobia == Claustrophobia.SEVERE) {
            measures.add(MotionMeasure.ABBREVIATED_PROTOCOL_PRIORITISED);
            measures.add(MotionMeasure.ANXIOLYSIS_PER_LOCAL_POLICY);
            f.add(Reason.of(
                    ReasonCode.MOT_CLAUSTROPHOBIA_SEVERE,
                    "Severe claustrophobia (about 2.3 % cannot complete MRI): abbreviated protocol "
                            + "with the key sequence first; anxiolysis per local policy.",
                    "§6",
                    "S22"));
        }
    }

    /** High motion risk: motion-robust sequences, key sequence first; sedation per local policy for young children. */
    private static void highMotionRisk(
            PatientScreening p, ScannerContext scanners, SitePolicy policy, Set<MotionMeasure> measures, Findings f) {
        measures.add(MotionMeasure.MOTION_ROBUST_SEQUENCES);
        measures.add(MotionMeasure.ABBREVIATED_PROTOCOL_PRIORITISED);
        boolean radial = scanners.licensedOptions().contains(LicensedOption.PROPELLER);
        f.add(Reason.of(
                ReasonCode.MOT_HIGH_RISK,
                "High motion risk: " + (radial ? "radial k-space (PROPELLER/BLADE/MultiVane, licensed), " : "")
                        + "parallel imaging, anterior saturation band, flow compensation, single-shot TSE fallback, immobilisation; "
                        + "key sequence first.",
                "§6",
                "S21"));
        Double sedationBelow = policy.patients().sedationConsiderationBelowAgeYears();
        if (p.ageYears() != null && p.ageYears() < sedationBelow) {
            measures.add(MotionMeasure.SEDATION_OR_ANAESTHESIA_PER_LOCAL_POLICY);
            f.add(
                    Reason.of(
                                    ReasonCode.MOT_CHILD_SEDATION,
                                    "Child with high motion risk: sedation/anaesthesia or feed-and-wrap per local policy.",
                                    "§6",
                                    "S21")
                            .bySitePolicy("patients.sedationConsiderationBelowAgeYears"),
                    Flag.SEDATION_PER_LOCAL_POLICY);
        }
    }
}
