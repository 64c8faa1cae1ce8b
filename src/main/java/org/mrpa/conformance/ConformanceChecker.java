package org.mrpa.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mrpa.advice.GadoliniumDecision;
import org.mrpa.dicom.AcquiredContrastPhase;
import org.mrpa.dicom.MeasuredValue;
import org.mrpa.dicom.SeriesClass;
import org.mrpa.dicom.SeriesHeader;
import org.mrpa.dicom.UnreadableFile;
import org.mrpa.protocol.ContrastPhase;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.ParameterRanges;
import org.mrpa.protocol.Plane;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.Weighting;

/**
 * Checks the series of a study against what its protocol expected: each expected sequence acquired or missing,
 * each series matched, extra, repeated or unidentifiable (localizers and derived series are not counted), each
 * parameter against its range with the protocol's tolerance, and the safety constraints of the recommendation.
 * Series are matched by plane, weighting, fat suppression and contrast phase, never by description.
 */
public final class ConformanceChecker {

    /** Measured parameter (SeriesHeader keyword) and the protocol range it is checked against. */
    private record Mapping(String keyword, String parameter, Function<ParameterRanges, Range> range) {}

    private static final List<Mapping> MAPPINGS = List.of(
            new Mapping("RepetitionTime", "repetitionTimeMs", ParameterRanges::repetitionTimeMs),
            new Mapping("EchoTime", "echoTimeMs", ParameterRanges::echoTimeMs),
            new Mapping("InversionTime", "inversionTimeMs", ParameterRanges::inversionTimeMs),
            new Mapping("FlipAngle", "flipAngleDeg", ParameterRanges::flipAngleDeg),
            new Mapping("EchoTrainLength", "echoTrainLength", ParameterRanges::echoTrainLength),
            new Mapping("SliceThickness", "sliceThicknessMm", ParameterRanges::sliceThicknessMm),
            new Mapping("SliceGap", "sliceGapMm", ParameterRanges::sliceGapMm),
            new Mapping("FieldOfView", "fieldOfViewMm", ParameterRanges::fieldOfViewMm),
            new Mapping("PixelSpacing", "pixelSizeMm", ParameterRanges::pixelSizeMm),
            new Mapping("AcquisitionMatrix", "acquisitionMatrix", ParameterRanges::acquisitionMatrix),
            new Mapping("PixelBandwidth", "receiverBandwidthHzPerPixel", ParameterRanges::receiverBandwidthHzPerPixel));

    /** Checks a study's series against the expected protocol. */
    public StudyConformanceReport check(
            List<SeriesHeader> acquired, List<UnreadableFile> unreadable, ExpectedProtocol expected) {
        List<SeriesHeader> series = acquired.stream()
                .sorted(Comparator.comparing(ConformanceChecker::seriesOrder))
                .toList();
        List<ConformanceIssue> issues = new ArrayList<>();
        Map<SeriesHeader, String> matchedTo = new LinkedHashMap<>();
        List<StudyConformanceReport.SequenceResult> sequenceResults = new ArrayList<>();
        for (ExpectedProtocol.Sequence seq : expected.sequences()) {
            SeriesHeader best = null;
            int bestScore = -1;
            for (SeriesHeader s : series) {
                int score = counted(s) && !matchedTo.containsKey(s) ? score(seq, s) : -1;
                if (score > bestScore) {
                    best = s;
                    bestScore = score;
                }
            }
            if (best == null) {
                StudyConformanceReport.SequenceStatus status = seq.required() && !seq.conditional()
                        ? StudyConformanceReport.SequenceStatus.MISSING
                        : StudyConformanceReport.SequenceStatus.NOT_ACQUIRED_OPTIONAL;
                if (status == StudyConformanceReport.SequenceStatus.MISSING) {
                    issues.add(ConformanceIssue.of(
                            IssueCode.SEQUENCE_MISSING,
                            null,
                            null,
                            seq.id(),
                            null,
                            describe(seq),
                            null,
                            "No acquired series is " + describe(seq) + "."));
                } else if (!seq.conditional()) {
                    issues.add(ConformanceIssue.of(
                            IssueCode.RECOMMENDED_SEQUENCE_MISSING,
                            null,
                            null,
                            seq.id(),
                            null,
                            describe(seq),
                            null,
                            "Recommended sequence " + describe(seq) + " was not acquired."));
                }
                sequenceResults.add(new StudyConformanceReport.SequenceResult(seq.id(), status, null, null, List.of()));
                continue;
            }
            matchedTo.put(best, seq.id());
            if (best.contrastPhase() == AcquiredContrastPhase.UNKNOWN && seq.phase() == ContrastPhase.POST) {
                issues.add(ConformanceIssue.of(
                        IssueCode.CONTRAST_PHASE_UNKNOWN,
                        best.seriesInstanceUid(),
                        best.seriesNumber(),
                        seq.id(),
                        "ContrastBolusAgent",
                        "POST",
                        "unknown",
                        "Matched on plane, weighting and fat suppression; the header does not record contrast."));
            }
            List<StudyConformanceReport.ParameterCheck> checks =
                    parameters(seq, best, expected.tolerancePercent(), issues);
            sequenceResults.add(new StudyConformanceReport.SequenceResult(
                    seq.id(),
                    StudyConformanceReport.SequenceStatus.ACQUIRED,
                    best.seriesInstanceUid(),
                    best.seriesNumber(),
                    checks));
        }
        List<StudyConformanceReport.SeriesResult> seriesResults = new ArrayList<>();
        for (SeriesHeader s : series) {
            StudyConformanceReport.SeriesStatus status;
            String match = matchedTo.get(s);
            if (!counted(s)) {
                status = StudyConformanceReport.SeriesStatus.NOT_COUNTED;
            } else if (match != null) {
                status = StudyConformanceReport.SeriesStatus.MATCHED;
            } else if (s.classification() == SeriesClass.UNIDENTIFIED) {
                status = StudyConformanceReport.SeriesStatus.UNIDENTIFIABLE;
                issues.add(ConformanceIssue.of(
                        IssueCode.UNIDENTIFIABLE_SERIES,
                        s.seriesInstanceUid(),
                        s.seriesNumber(),
                        null,
                        null,
                        null,
                        String.join("; ", s.evidence()),
                        "The header does not say what this series is."));
            } else {
                String repeats = expected.sequences().stream()
                        .filter(q -> score(q, s) >= 0 && matchedTo.containsValue(q.id()))
                        .map(ExpectedProtocol.Sequence::id)
                        .findFirst()
                        .orElse(null);
                status = repeats != null
                        ? StudyConformanceReport.SeriesStatus.REPEATED
                        : StudyConformanceReport.SeriesStatus.EXTRA;
                match = repeats;
                issues.add(ConformanceIssue.of(
                        repeats != null ? IssueCode.REPEATED_SERIES : IssueCode.EXTRA_SERIES,
                        s.seriesInstanceUid(),
                        s.seriesNumber(),
                        repeats,
                        null,
                        null,
                        s.classification() + " " + s.plane(),
                        repeats != null ? "Repeats " + repeats + "." : "Matches no protocol sequence."));
            }
            seriesResults.add(new StudyConformanceReport.SeriesResult(
                    s.seriesInstanceUid(), s.seriesNumber(), s.seriesDescription(), s.classification(), status, match));
        }
        Double fieldT = series.stream()
                .map(SeriesHeader::nominalFieldStrengthT)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        safety(series, expected, fieldT, issues);
        Map<Severity, Long> counts = StudyConformanceReport.countsOf(issues);
        String study = series.stream()
                .map(SeriesHeader::studyInstanceUid)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        String accession = series.stream()
                .map(SeriesHeader::accessionNumber)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        return new StudyConformanceReport(
                study,
                accession,
                expected.protocolId(),
                expected.recommendationId(),
                fieldT,
                StudyConformanceReport.verdictOf(issues),
                counts,
                sequenceResults,
                seriesResults,
                issues,
                unreadable,
                null);
    }

    private static void safety(
            List<SeriesHeader> series, ExpectedProtocol expected, Double fieldT, List<ConformanceIssue> issues) {
        ExpectedProtocol.Safety safety = expected.safety();
        if (fieldT != null
                && safety.allowedFieldStrengthsT() != null
                && safety.allowedFieldStrengthsT().stream().noneMatch(a -> FieldStrength.sameBand(a, fieldT))) {
            issues.add(ConformanceIssue.of(
                    IssueCode.FIELD_STRENGTH_NOT_ALLOWED,
                    null,
                    null,
                    null,
                    "MagneticFieldStrength",
                    safety.allowedFieldStrengthsT() + " T",
                    Range.format(fieldT) + " T",
                    "Acquired at a field strength the implant conditions do not allow."));
        } else if (fieldT != null
                && expected.recommendedFieldStrengthT() != null
                && !FieldStrength.sameBand(fieldT, expected.recommendedFieldStrengthT())) {
            issues.add(ConformanceIssue.of(
                    IssueCode.FIELD_STRENGTH_DIFFERS,
                    null,
                    null,
                    null,
                    "MagneticFieldStrength",
                    Range.format(expected.recommendedFieldStrengthT()) + " T",
                    Range.format(fieldT) + " T",
                    "Acquired at another field strength than recommended."));
        }
        for (SeriesHeader s : series) {
            if (s.contrastPhase() == AcquiredContrastPhase.POST && safety.gadolinium() != null) {
                if (safety.gadolinium() == GadoliniumDecision.AVOID
                        || safety.gadolinium() == GadoliniumDecision.CONTRAINDICATED) {
                    issues.add(ConformanceIssue.of(
                            IssueCode.CONTRAST_GIVEN_WHEN_AVOIDED,
                            s.seriesInstanceUid(),
                            s.seriesNumber(),
                            null,
                            "ContrastBolusAgent",
                            "no contrast (" + safety.gadolinium() + ")",
                            s.contrastAgent() == null ? "post-contrast" : s.contrastAgent(),
                            "Contrast was given although the gadolinium decision was " + safety.gadolinium() + "."));
                } else if (safety.gadolinium() == GadoliniumDecision.NOT_INDICATED) {
                    issues.add(ConformanceIssue.of(
                            IssueCode.CONTRAST_NOT_INDICATED,
                            s.seriesInstanceUid(),
                            s.seriesNumber(),
                            null,
                            "ContrastBolusAgent",
                            "no contrast (NOT_INDICATED)",
                            s.contrastAgent() == null ? "post-contrast" : s.contrastAgent(),
                            "Contrast was given although it was not indicated."));
                }
            }
            Double sar = max(s.parameters().get("SAR"));
            if (sar != null && safety.maxWholeBodySarWPerKg() != null && sar > safety.maxWholeBodySarWPerKg()) {
                issues.add(ConformanceIssue.of(
                        IssueCode.SAR_ABOVE_DEVICE_LIMIT,
                        s.seriesInstanceUid(),
                        s.seriesNumber(),
                        null,
                        "SAR",
                        "<= " + Range.format(safety.maxWholeBodySarWPerKg()) + " W/kg",
                        Range.format(sar) + " W/kg",
                        "Recorded SAR above the device limit."));
            }
            Double b1 = max(s.parameters().get("B1rms"));
            if (b1 != null && safety.maxB1rmsMicroT() != null && b1 > safety.maxB1rmsMicroT()) {
                issues.add(ConformanceIssue.of(
                        IssueCode.B1RMS_ABOVE_DEVICE_LIMIT,
                        s.seriesInstanceUid(),
                        s.seriesNumber(),
                        null,
                        "B1rms",
                        "<= " + Range.format(safety.maxB1rmsMicroT()) + " uT",
                        Range.format(b1) + " uT",
                        "Recorded B1+rms above the device limit."));
            }
            if (safety.operatingModeNormalOnly()) {
                String mode = s.operatingMode();
                if (mode != null
                        && (mode.toUpperCase().contains("FIRST")
                                || mode.toUpperCase().contains("SECOND"))) {
                    issues.add(ConformanceIssue.of(
                            IssueCode.OPERATING_MODE_ABOVE_LIMIT,
                            s.seriesInstanceUid(),
                            s.seriesNumber(),
                            null,
                            "OperatingMode",
                            "IEC_NORMAL",
                            mode,
                            "Acquired above Normal Operating Mode."));
                } else if (mode == null && sar != null && sar > 2.0) {
                    issues.add(ConformanceIssue.of(
                            IssueCode.OPERATING_MODE_ABOVE_LIMIT,
                            s.seriesInstanceUid(),
                            s.seriesNumber(),
                            null,
                            "SAR",
                            "<= 2.0 W/kg (Normal Operating Mode proxy, clinical reference §8.3)",
                            Range.format(sar) + " W/kg",
                            "No operating mode recorded and SAR is above the Normal Operating Mode limit."));
                } else if (mode == null && sar == null && counted(s)) {
                    issues.add(ConformanceIssue.of(
                            IssueCode.OPERATING_MODE_NOT_RECORDED,
                            s.seriesInstanceUid(),
                            s.seriesNumber(),
                            null,
                            "OperatingMode",
                            "IEC_NORMAL",
                            "not recorded",
                            "Neither operating mode nor SAR is recorded: Normal Operating Mode cannot be verified."));
                }
            }
            if (safety.marsRequired() && counted(s)) {
                if (s.classification() == SeriesClass.GRE) {
                    issues.add(ConformanceIssue.of(
                            IssueCode.GRE_NEAR_METAL,
                            s.seriesInstanceUid(),
                            s.seriesNumber(),
                            null,
                            "ScanningSequence",
                            "spin echo / TSE (metal artifact reduction)",
                            "gradient echo",
                            "Gradient echo acquired near metal."));
                }
                if (s.fatSuppression() == FatSuppression.SPECTRAL) {
                    issues.add(ConformanceIssue.of(
                            IssueCode.SPECTRAL_FAT_SUPPRESSION_NEAR_METAL,
                            s.seriesInstanceUid(),
                            s.seriesNumber(),
                            null,
                            "ScanOptions",
                            "STIR or Dixon (metal artifact reduction)",
                            "spectral",
                            "Spectral fat suppression acquired near metal."));
                }
            }
        }
    }

    private static List<StudyConformanceReport.ParameterCheck> parameters(
            ExpectedProtocol.Sequence seq, SeriesHeader s, double tolerancePercent, List<ConformanceIssue> issues) {
        List<StudyConformanceReport.ParameterCheck> out = new ArrayList<>();
        for (Mapping m : MAPPINGS) {
            Range range = m.range().apply(seq.parameters());
            if (range == null) {
                continue;
            }
            MeasuredValue v = s.parameters().get(m.keyword());
            List<Double> values = v == null ? List.of() : v.values();
            if (m.keyword().equals("PixelSpacing") && s.parameters().containsKey("PixelSpacingColumn")) {
                values = new ArrayList<>(values);
                values.addAll(s.parameters().get("PixelSpacingColumn").values());
            }
            if (m.keyword().equals("AcquisitionMatrix") && !values.isEmpty()) {
                values = List.of(values.stream().min(Double::compare).orElseThrow());
            }
            if (values.isEmpty()) {
                out.add(new StudyConformanceReport.ParameterCheck(
                        m.keyword(),
                        m.parameter(),
                        range,
                        null,
                        null,
                        StudyConformanceReport.ParameterVerdict.NOT_RECORDED));
                continue;
            }
            StudyConformanceReport.ParameterVerdict verdict = StudyConformanceReport.ParameterVerdict.IN_RANGE;
            Double worst = values.get(0);
            for (double x : values) {
                StudyConformanceReport.ParameterVerdict one = verdict(range, x, tolerancePercent);
                if (one.ordinal() > verdict.ordinal()) {
                    verdict = one;
                    worst = x;
                }
            }
            Double single = values.size() == 1 ? values.get(0) : null;
            if (values.size() > 1 && !m.keyword().equals("PixelSpacing")) {
                issues.add(ConformanceIssue.of(
                        IssueCode.PARAMETER_VARIES,
                        s.seriesInstanceUid(),
                        s.seriesNumber(),
                        seq.id(),
                        m.keyword(),
                        range.text(),
                        values.toString(),
                        m.parameter() + " varies within the series: " + values));
            }
            out.add(new StudyConformanceReport.ParameterCheck(
                    m.keyword(), m.parameter(), range, single, values.size() > 1 ? values : null, verdict));
            if (verdict == StudyConformanceReport.ParameterVerdict.OUT_OF_RANGE
                    || verdict == StudyConformanceReport.ParameterVerdict.WITHIN_TOLERANCE) {
                issues.add(ConformanceIssue.of(
                        verdict == StudyConformanceReport.ParameterVerdict.OUT_OF_RANGE
                                ? IssueCode.PARAMETER_OUT_OF_RANGE
                                : IssueCode.PARAMETER_WITHIN_TOLERANCE,
                        s.seriesInstanceUid(),
                        s.seriesNumber(),
                        seq.id(),
                        m.keyword(),
                        range.text(),
                        Range.format(worst),
                        m.parameter() + " " + Range.format(worst) + " outside " + range.text()
                                + (verdict == StudyConformanceReport.ParameterVerdict.OUT_OF_RANGE
                                        ? " (tolerance " + Range.format(tolerancePercent) + " %)"
                                        : ", within tolerance")));
            }
        }
        return out;
    }

    static StudyConformanceReport.ParameterVerdict verdict(Range r, double x, double tolerancePercent) {
        boolean inside = (r.min() == null || x >= r.min()) && (r.max() == null || x <= r.max());
        if (inside) {
            return StudyConformanceReport.ParameterVerdict.IN_RANGE;
        }
        double t = tolerancePercent / 100.0;
        boolean near = (r.min() == null || x >= r.min() * (1 - t)) && (r.max() == null || x <= r.max() * (1 + t));
        return near
                ? StudyConformanceReport.ParameterVerdict.WITHIN_TOLERANCE
                : StudyConformanceReport.ParameterVerdict.OUT_OF_RANGE;
    }

    /**
     * How well a series fits an expected sequence: -1 when it cannot be that sequence; higher for exact fat
     * suppression and a recorded contrast phase.
     */
    static int score(ExpectedProtocol.Sequence seq, SeriesHeader s) {
        if (!planeFits(seq.plane(), s.plane())) {
            return -1;
        }
        if (!weightingFits(seq.weighting(), s)) {
            return -1;
        }
        int score = 1;
        if (seq.fatSuppression() == s.fatSuppression()) {
            score += 2;
        }
        if (seq.phase() == ContrastPhase.PRE && s.contrastPhase() == AcquiredContrastPhase.POST) {
            return -1;
        }
        if (seq.phase() == ContrastPhase.POST && s.contrastPhase() == AcquiredContrastPhase.PRE) {
            return -1;
        }
        if ((seq.phase() == ContrastPhase.POST) == (s.contrastPhase() == AcquiredContrastPhase.POST)) {
            score += 2;
        }
        return score;
    }

    private static boolean planeFits(Plane expected, Plane acquired) {
        if (acquired == null) {
            return false;
        }
        return switch (expected) {
            case SAG -> acquired == Plane.SAG;
            case AX, SEMIAX -> acquired == Plane.AX;
            case COR, SEMICOR -> acquired == Plane.COR;
        };
    }

    private static boolean weightingFits(Weighting w, SeriesHeader s) {
        SeriesClass c = s.classification();
        FatSuppression fs = s.fatSuppression();
        boolean dixonT1 = c == SeriesClass.DIXON_WATER && tr(s) != null && tr(s) < 1500;
        boolean dixonT2 = c == SeriesClass.DIXON_WATER && !dixonT1;
        return switch (w) {
            case T1 -> (c == SeriesClass.T1 || c == SeriesClass.T1_FLAIR) && fs == FatSuppression.NONE;
            case T1C -> c == SeriesClass.T1 || c == SeriesClass.T1_FLAIR || dixonT1;
            case T1_FS, T1C_FS ->
                (c == SeriesClass.T1 && (fs == FatSuppression.SPECTRAL || fs == FatSuppression.DIXON)) || dixonT1;
            case T2 -> c == SeriesClass.T2 && fs == FatSuppression.NONE;
            case FLUID_FS -> c == SeriesClass.STIR || (c == SeriesClass.T2 && fs != FatSuppression.NONE) || dixonT2;
            case STIR -> c == SeriesClass.STIR;
            case PD -> c == SeriesClass.PD;
            case T2STAR -> c == SeriesClass.GRE;
            case DWI -> c == SeriesClass.DWI;
            case T1_3D_GRE -> c == SeriesClass.T1 || c == SeriesClass.GRE;
            case T2_3D_HEAVY -> c == SeriesClass.T2;
            case SUBTRACTION ->
                c == SeriesClass.DERIVED
                        && s.imageType() != null
                        && (s.imageType().contains("SUBTRACTION")
                                || s.imageType().contains("SUB"));
        };
    }

    /** Localizers and derived series are not acquisitions of the protocol, except subtraction series. */
    private static boolean counted(SeriesHeader s) {
        if (s.classification() == SeriesClass.LOCALIZER) {
            return false;
        }
        if (s.classification() == SeriesClass.DERIVED) {
            return s.imageType() != null
                    && (s.imageType().contains("SUBTRACTION") || s.imageType().contains("SUB"));
        }
        return true;
    }

    private static Double tr(SeriesHeader s) {
        MeasuredValue v = s.parameters().get("RepetitionTime");
        return v == null ? null : v.values().get(0);
    }

    private static Double max(MeasuredValue v) {
        return v == null ? null : v.values().stream().max(Double::compare).orElse(null);
    }

    private static String seriesOrder(SeriesHeader s) {
        try {
            return String.format("%010d", Integer.parseInt(s.seriesNumber().trim()));
        } catch (RuntimeException e) {
            return "9999999999" + (s.seriesInstanceUid() == null ? "" : s.seriesInstanceUid());
        }
    }

    private static String describe(ExpectedProtocol.Sequence q) {
        return q.plane() + " " + q.weighting()
                + (q.fatSuppression() == FatSuppression.NONE ? "" : " " + q.fatSuppression()) + " " + q.phase();
    }
}
