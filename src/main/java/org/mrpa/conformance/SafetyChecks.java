package org.mrpa.conformance;

import java.util.List;
import org.mrpa.advice.GadoliniumDecision;
import org.mrpa.dicom.AcquiredContrastPhase;
import org.mrpa.dicom.MeasuredValue;
import org.mrpa.dicom.SeriesClass;
import org.mrpa.dicom.SeriesHeader;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.Range;

/**
 * The safety constraints of a recommendation against the acquired series: field strength for the study, then for
 * every series in turn (matched, extra, derived or localizer alike) contrast, SAR, B1+rms, operating mode and metal
 * artifact reduction. Each check adds its issues.
 */
final class SafetyChecks {

    /** Whole-body SAR (W/kg) up to which a header that records no mode counts as Normal Operating Mode (§8.3). */
    private static final double NORMAL_MODE_SAR_PROXY_W_PER_KG = 2.0;

    /** One constraint checked on one series. */
    @FunctionalInterface
    private interface SeriesCheck {
        void check(SeriesHeader s, ExpectedProtocol.Safety safety, List<ConformanceIssue> issues);
    }

    private static final List<SeriesCheck> PER_SERIES = List.of(
            SafetyChecks::contrast,
            SafetyChecks::sar,
            SafetyChecks::b1rms,
            SafetyChecks::operatingMode,
            SafetyChecks::metalArtifactReduction);

    private SafetyChecks() {}

    /** Checks the study's field strength, then every series against each constraint, in that order. */
    static void check(
            List<SeriesHeader> series, ExpectedProtocol expected, Double fieldT, List<ConformanceIssue> issues) {
        fieldStrength(expected, fieldT, issues);
        for (SeriesHeader s : series) {
            for (SeriesCheck c : PER_SERIES) {
                c.check(s, expected.safety(), issues);
            }
        }
    }

    /** Not an allowed field strength (implant), else not the recommended one. */
    private static void fieldStrength(ExpectedProtocol expected, Double fieldT, List<ConformanceIssue> issues) {
        ExpectedProtocol.Safety safety = expected.safety();
        if (fieldT != null
                && safety.allowedFieldStrengthsT() != null
                && safety.allowedFieldStrengthsT().stream().noneMatch(a -> FieldStrength.sameBand(a, fieldT))) {
            issues.add(ConformanceIssue.builder(
                            IssueCode.FIELD_STRENGTH_NOT_ALLOWED,
                            "Acquired at a field strength the implant conditions do not allow.")
                    .about("MagneticFieldStrength", safety.allowedFieldStrengthsT() + " T", Range.format(fieldT) + " T")
                    .build());
        } else if (fieldT != null
                && expected.recommendedFieldStrengthT() != null
                && !FieldStrength.sameBand(fieldT, expected.recommendedFieldStrengthT())) {
            issues.add(ConformanceIssue.builder(
                            IssueCode.FIELD_STRENGTH_DIFFERS, "Acquired at another field strength than recommended.")
                    .about(
                            "MagneticFieldStrength",
                            Range.format(expected.recommendedFieldStrengthT()) + " T",
                            Range.format(fieldT) + " T")
                    .build());
        }
    }

    /**
     * A post-contrast series against a person's decision (DO_NOT_GIVE), or, with none, against the advice: to avoid
     * contrast, not indicated, or left to a radiologist who has not decided.
     */
    private static void contrast(SeriesHeader s, ExpectedProtocol.Safety safety, List<ConformanceIssue> issues) {
        GadoliniumDecision decision = safety.gadolinium();
        if (s.contrastPhase() != AcquiredContrastPhase.POST) {
            return;
        }
        String given = s.contrastAgent() == null ? "post-contrast" : s.contrastAgent();
        if (safety.gadoliniumDecided() != null) {
            if (safety.gadoliniumDecided() == GadoliniumOutcome.DO_NOT_GIVE) {
                issues.add(ConformanceIssue.builder(
                                IssueCode.CONTRAST_GIVEN_AGAINST_DECISION,
                                "Contrast was given although the decision was DO_NOT_GIVE.")
                        .series(s)
                        .about("ContrastBolusAgent", "no contrast (DO_NOT_GIVE)", given)
                        .build());
            }
            return;
        }
        if (decision == GadoliniumDecision.RADIOLOGIST_DECISION) {
            issues.add(ConformanceIssue.builder(
                            IssueCode.CONTRAST_DECISION_NOT_RECORDED,
                            "Contrast was given but no radiologist's gadolinium decision is recorded.")
                    .series(s)
                    .about("ContrastBolusAgent", "a recorded decision (RADIOLOGIST_DECISION)", given)
                    .build());
        } else if (decision == GadoliniumDecision.AVOID || decision == GadoliniumDecision.CONTRAINDICATED) {
            issues.add(ConformanceIssue.builder(
                            IssueCode.CONTRAST_GIVEN_WHEN_AVOIDED,
                            "Contrast was given although the gadolinium decision was " + decision + ".")
                    .series(s)
                    .about("ContrastBolusAgent", "no contrast (" + decision + ")", given)
                    .build());
        } else if (decision == GadoliniumDecision.NOT_INDICATED) {
            issues.add(ConformanceIssue.builder(
                            IssueCode.CONTRAST_NOT_INDICATED, "Contrast was given although it was not indicated.")
                    .series(s)
                    .about("ContrastBolusAgent", "no contrast (NOT_INDICATED)", given)
                    .build());
        }
    }

    private static void sar(SeriesHeader s, ExpectedProtocol.Safety safety, List<ConformanceIssue> issues) {
        Double sar = max(s.parameters().get("SAR"));
        if (sar != null && safety.maxWholeBodySarWPerKg() != null && sar > safety.maxWholeBodySarWPerKg()) {
            issues.add(
                    ConformanceIssue.builder(IssueCode.SAR_ABOVE_DEVICE_LIMIT, "Recorded SAR above the device limit.")
                            .series(s)
                            .about(
                                    "SAR",
                                    "<= " + Range.format(safety.maxWholeBodySarWPerKg()) + " W/kg",
                                    Range.format(sar) + " W/kg")
                            .build());
        }
    }

    private static void b1rms(SeriesHeader s, ExpectedProtocol.Safety safety, List<ConformanceIssue> issues) {
        Double b1 = max(s.parameters().get("B1rms"));
        if (b1 != null && safety.maxB1rmsMicroT() != null && b1 > safety.maxB1rmsMicroT()) {
            issues.add(ConformanceIssue.builder(
                            IssueCode.B1RMS_ABOVE_DEVICE_LIMIT, "Recorded B1+rms above the device limit.")
                    .series(s)
                    .about("B1rms", "<= " + Range.format(safety.maxB1rmsMicroT()) + " uT", Range.format(b1) + " uT")
                    .build());
        }
    }

    /** Normal Operating Mode: a recorded higher mode; with no mode, SAR above the proxy, or nothing to verify. */
    private static void operatingMode(SeriesHeader s, ExpectedProtocol.Safety safety, List<ConformanceIssue> issues) {
        if (!safety.operatingModeNormalOnly()) {
            return;
        }
        String mode = s.operatingMode();
        Double sar = max(s.parameters().get("SAR"));
        if (mode != null
                && (mode.toUpperCase().contains("FIRST") || mode.toUpperCase().contains("SECOND"))) {
            issues.add(ConformanceIssue.builder(
                            IssueCode.OPERATING_MODE_ABOVE_LIMIT, "Acquired above Normal Operating Mode.")
                    .series(s)
                    .about("OperatingMode", "IEC_NORMAL", mode)
                    .build());
        } else if (mode == null && sar != null && sar > NORMAL_MODE_SAR_PROXY_W_PER_KG) {
            issues.add(ConformanceIssue.builder(
                            IssueCode.OPERATING_MODE_ABOVE_LIMIT,
                            "No operating mode recorded and SAR is above the Normal Operating Mode limit.")
                    .series(s)
                    .about(
                            "SAR",
                            "<= 2.0 W/kg (Normal Operating Mode proxy, clinical reference §8.3)",
                            Range.format(sar) + " W/kg")
                    .build());
        } else if (mode == null && sar == null && SeriesMatch.counted(s)) {
            issues.add(ConformanceIssue.builder(
                            IssueCode.OPERATING_MODE_NOT_RECORDED,
                            "Neither operating mode nor SAR is recorded: Normal Operating Mode cannot be verified.")
                    .series(s)
                    .about("OperatingMode", "IEC_NORMAL", "not recorded")
                    .build());
        }
    }

    /**
     * Near metal (MARS required): no gradient echo, no spectral fat suppression, on every series whether matched or
     * not; a series the data show to be a localizer (class LOCALIZER) is not a gradient echo of the protocol.
     */
    private static void metalArtifactReduction(
            SeriesHeader s, ExpectedProtocol.Safety safety, List<ConformanceIssue> issues) {
        if (!safety.marsRequired()) {
            return;
        }
        if (s.classification() == SeriesClass.GRE || s.classification() == SeriesClass.T1_GRE) {
            issues.add(ConformanceIssue.builder(IssueCode.GRE_NEAR_METAL, "Gradient echo acquired near metal.")
                    .series(s)
                    .about("ScanningSequence", "spin echo / TSE (metal artifact reduction)", "gradient echo")
                    .build());
        }
        if (s.fatSuppression() == FatSuppression.SPECTRAL) {
            issues.add(ConformanceIssue.builder(
                            IssueCode.SPECTRAL_FAT_SUPPRESSION_NEAR_METAL,
                            "Spectral fat suppression acquired near metal.")
                    .series(s)
                    .about("ScanOptions", "STIR or Dixon (metal artifact reduction)", "spectral")
                    .build());
        }
    }

    private static Double max(MeasuredValue v) {
        return v == null ? null : v.values().stream().max(Double::compare).orElse(null);
    }
}
