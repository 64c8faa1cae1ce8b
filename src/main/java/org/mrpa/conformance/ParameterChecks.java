package org.mrpa.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mrpa.conformance.StudyConformanceReport.ParameterCheck;
import org.mrpa.conformance.StudyConformanceReport.ParameterVerdict;
import org.mrpa.dicom.MeasuredValue;
import org.mrpa.dicom.SeriesHeader;
import org.mrpa.protocol.ParameterRanges;
import org.mrpa.protocol.Range;

/** The measured parameters of a matched series against the ranges of its protocol sequence, with the tolerance. */
final class ParameterChecks {

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

    /** The DICOM keywords of the checked parameters, in check order. */
    static final List<String> KEYWORDS = MAPPINGS.stream().map(Mapping::keyword).toList();

    private ParameterChecks() {}

    /** One check per parameter the sequence has a range for; deviations and variation go to {@code issues}. */
    static List<ParameterCheck> check(
            ExpectedProtocol.Sequence seq, SeriesHeader s, ExpectedProtocol expected, List<ConformanceIssue> issues) {
        List<ParameterCheck> out = new ArrayList<>();
        for (Mapping m : MAPPINGS) {
            Range range = m.range().apply(seq.parameters());
            if (range != null) {
                List<ConformanceIssue> found = new ArrayList<>();
                out.add(check(m, range, seq, s, expected.tolerancePercent(), found));
                Severity site = expected.parameterSeverity().get(m.keyword());
                found.forEach(i -> issues.add(site == null ? i : withSiteSeverity(i, site)));
            }
        }
        return out;
    }

    /** Out of range: the site's severity; within the tolerance: WARNING, or the site's when it is lower. */
    private static ConformanceIssue withSiteSeverity(ConformanceIssue i, Severity site) {
        Severity severity = i.severity();
        if (i.code() == IssueCode.PARAMETER_OUT_OF_RANGE) {
            severity = site;
        } else if (i.code() == IssueCode.PARAMETER_WITHIN_TOLERANCE && site.compareTo(severity) < 0) {
            severity = site;
        }
        return new ConformanceIssue(
                i.code(),
                severity,
                i.seriesInstanceUid(),
                i.seriesNumber(),
                i.sequenceId(),
                i.keyword(),
                i.expected(),
                i.actual(),
                i.message());
    }

    private static ParameterCheck check(
            Mapping m,
            Range range,
            ExpectedProtocol.Sequence seq,
            SeriesHeader s,
            double tolerancePercent,
            List<ConformanceIssue> issues) {
        List<Double> values = measured(m, s);
        if (values.isEmpty()) {
            return ParameterCheck.notRecorded(m.keyword(), m.parameter(), range);
        }
        ParameterVerdict verdict = ParameterVerdict.IN_RANGE;
        Double worst = values.get(0);
        for (double x : values) {
            ParameterVerdict one = verdict(range, x, tolerancePercent);
            if (one.ordinal() > verdict.ordinal()) {
                verdict = one;
                worst = x;
            }
        }
        if (values.size() > 1 && !m.keyword().equals("PixelSpacing")) {
            issues.add(ConformanceIssue.builder(
                            IssueCode.PARAMETER_VARIES, m.parameter() + " varies within the series: " + values)
                    .series(s)
                    .sequence(seq.id())
                    .about(m.keyword(), range.text(), values.toString())
                    .build());
        }
        Double single = values.size() == 1 ? values.get(0) : null;
        ParameterCheck check = new ParameterCheck(
                m.keyword(), m.parameter(), range, single, values.size() > 1 ? values : null, verdict);
        if (verdict == ParameterVerdict.OUT_OF_RANGE || verdict == ParameterVerdict.WITHIN_TOLERANCE) {
            issues.add(deviation(m, range, verdict, worst, tolerancePercent)
                    .series(s)
                    .sequence(seq.id())
                    .build());
        }
        return check;
    }

    /** The values checked: both pixel spacings; the smaller acquired matrix dimension. */
    private static List<Double> measured(Mapping m, SeriesHeader s) {
        MeasuredValue v = s.parameters().get(m.keyword());
        List<Double> values = v == null ? List.of() : v.values();
        if (m.keyword().equals("PixelSpacing") && s.parameters().containsKey("PixelSpacingColumn")) {
            values = new ArrayList<>(values);
            values.addAll(s.parameters().get("PixelSpacingColumn").values());
        }
        if (m.keyword().equals("AcquisitionMatrix") && !values.isEmpty()) {
            values = List.of(values.stream().min(Double::compare).orElseThrow());
        }
        return values;
    }

    private static ConformanceIssue.Builder deviation(
            Mapping m, Range range, ParameterVerdict verdict, Double worst, double tolerancePercent) {
        boolean out = verdict == ParameterVerdict.OUT_OF_RANGE;
        String message = m.parameter() + " " + Range.format(worst) + " outside " + range.text()
                + (out ? " (tolerance " + Range.format(tolerancePercent) + " %)" : ", within tolerance");
        return ConformanceIssue.builder(
                        out ? IssueCode.PARAMETER_OUT_OF_RANGE : IssueCode.PARAMETER_WITHIN_TOLERANCE, message)
                .about(m.keyword(), range.text(), Range.format(worst));
    }

    /** In range, within the tolerance (a percentage of the limit passed), or out of range. */
    static ParameterVerdict verdict(Range r, double x, double tolerancePercent) {
        boolean inside = (r.min() == null || x >= r.min()) && (r.max() == null || x <= r.max());
        if (inside) {
            return ParameterVerdict.IN_RANGE;
        }
        double t = tolerancePercent / 100.0;
        boolean near = (r.min() == null || x >= r.min() * (1 - t)) && (r.max() == null || x <= r.max() * (1 + t));
        return near ? ParameterVerdict.WITHIN_TOLERANCE : ParameterVerdict.OUT_OF_RANGE;
    }
}
