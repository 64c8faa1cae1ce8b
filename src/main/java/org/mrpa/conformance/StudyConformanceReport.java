package org.mrpa.conformance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.dicom.SeriesClass;
import org.mrpa.dicom.UnreadableFile;
import org.mrpa.protocol.Range;

/** The result of checking one study against its protocol. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StudyConformanceReport(
        String studyInstanceUid,
        String accessionNumber,
        String protocolId,
        String recommendationId,
        Double acquiredFieldStrengthT,
        Verdict verdict,
        Map<Severity, Long> issueCounts,
        List<SequenceResult> sequences,
        List<SeriesResult> series,
        List<ConformanceIssue> issues,
        List<UnreadableFile> unreadableFiles,

        @Schema(
                description =
                        "How the protocol was chosen: the order's recommendation, a technologist's override, named in the request, "
                                + "or (no order) the best-matching catalog protocol")
        OrderContext order) {

    /** How the expected protocol was chosen for this study. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrderContext(OrderLink link, String detail, String overrideReason, String overriddenBy) {}

    /** Where the expected protocol came from. */
    public enum OrderLink {
        /** The recommendation made for the study's Accession Number (the order's chosen protocol). */
        ORDER_RECOMMENDATION,
        /** A technologist's override of the order's protocol, with a reason. */
        ORDER_OVERRIDE,
        /** The recommendation named in the request. */
        REQUESTED_RECOMMENDATION,
        /** The catalog protocol named in the request (no safety context). */
        REQUESTED_PROTOCOL,
        /** No order matched: the catalog protocol the series fit best (no safety context), flagged NO_ORDER. */
        NO_ORDER
    }

    /** This report with its order context and, if given, one more issue (counts and verdict updated). */
    public StudyConformanceReport withOrder(OrderContext context, ConformanceIssue extra) {
        return withOrderAndIssues(context, extra == null ? List.of() : List.of(extra));
    }

    /** This report with its order context and more issues (counts and verdict updated). */
    public StudyConformanceReport withOrderAndIssues(OrderContext context, List<ConformanceIssue> extra) {
        List<ConformanceIssue> all = new java.util.ArrayList<>(issues);
        all.addAll(extra);
        return new StudyConformanceReport(
                studyInstanceUid,
                accessionNumber,
                protocolId,
                recommendationId,
                acquiredFieldStrengthT,
                verdictOf(all),
                countsOf(all),
                sequences,
                series,
                List.copyOf(all),
                unreadableFiles,
                context);
    }

    /** Issues by severity. */
    public static Map<Severity, Long> countsOf(List<ConformanceIssue> issues) {
        Map<Severity, Long> counts = new java.util.EnumMap<>(Severity.class);
        issues.forEach(i -> counts.merge(i.severity(), 1L, Long::sum));
        return counts;
    }

    /** The worst severity decides: CRITICAL is a safety deviation, ERROR or WARNING non-conformant, INFO notes. */
    public static Verdict verdictOf(java.util.Collection<ConformanceIssue> issues) {
        return verdictOfSeverities(
                issues.stream().map(ConformanceIssue::severity).toList());
    }

    /** The verdict for issues of these severities. */
    public static Verdict verdictOfSeverities(java.util.Collection<Severity> severities) {
        Severity worst =
                severities.stream().max(java.util.Comparator.naturalOrder()).orElse(null);
        if (worst == null) {
            return Verdict.CONFORMANT;
        }
        return switch (worst) {
            case CRITICAL -> Verdict.SAFETY_DEVIATION;
            case ERROR, WARNING -> Verdict.NON_CONFORMANT;
            case INFO -> Verdict.CONFORMANT_WITH_NOTES;
        };
    }

    /** Overall result: the worst issue decides. */
    public enum Verdict {
        CONFORMANT,
        CONFORMANT_WITH_NOTES,
        NON_CONFORMANT,
        SAFETY_DEVIATION
    }

    /** A protocol sequence: acquired by which series, or missing, with its parameter checks. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SequenceResult(
            String sequenceId,
            SequenceStatus status,
            String seriesInstanceUid,
            String seriesNumber,
            List<ParameterCheck> parameters) {

        /** A sequence no series was matched to: missing or not acquired, with no parameters. */
        static SequenceResult notAcquired(String sequenceId, SequenceStatus status) {
            return new SequenceResult(sequenceId, status, null, null, List.of());
        }
    }

    /** Status of a protocol sequence. */
    public enum SequenceStatus {
        ACQUIRED,
        MISSING,
        NOT_ACQUIRED_OPTIONAL,
        /** Its weighting was acquired in another plane (issue WRONG_PLANE on that series). */
        WRONG_PLANE
    }

    /**
     * An acquired series: matched to a sequence, extra, repeated, unidentifiable, or not counted (localizer, derived).
     * Not counted means only not matched to protocol sequences: safety checks run on every series.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SeriesResult(
            String seriesInstanceUid,
            String seriesNumber,
            String seriesDescription,
            SeriesClass classification,
            SeriesStatus status,
            String matchedSequenceId,

            @Schema(
                    description = "The header evidence that decided the classification, e.g. 'ImageType LOCALIZER' or "
                            + "'description ... names a localizer but the data do not ...'")
            String classifiedBy) {}

    /** Status of an acquired series. */
    public enum SeriesStatus {
        MATCHED,
        EXTRA,
        REPEATED,
        UNIDENTIFIABLE,
        NOT_COUNTED,
        /** Fills a sequence's weighting in another plane (issue WRONG_PLANE). */
        WRONG_PLANE
    }

    /** One parameter: expected range, measured value, verdict. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ParameterCheck(
            String keyword,
            String parameter,
            Range expected,
            Double actual,
            List<Double> actualValues,
            ParameterVerdict verdict) {

        /** A parameter the series does not record. */
        static ParameterCheck notRecorded(String keyword, String parameter, Range expected) {
            return new ParameterCheck(keyword, parameter, expected, null, null, ParameterVerdict.NOT_RECORDED);
        }
    }

    /** Verdict of one parameter. */
    public enum ParameterVerdict {
        IN_RANGE,
        WITHIN_TOLERANCE,
        OUT_OF_RANGE,
        NOT_RECORDED
    }
}
