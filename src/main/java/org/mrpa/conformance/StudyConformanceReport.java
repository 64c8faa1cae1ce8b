package org.mrpa.conformance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
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
        List<UnreadableFile> unreadableFiles) {

    /** Overall result: the worst issue decides. */
    public enum Verdict { CONFORMANT, CONFORMANT_WITH_NOTES, NON_CONFORMANT, SAFETY_DEVIATION }

    /** A protocol sequence: acquired by which series, or missing, with its parameter checks. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SequenceResult(String sequenceId, SequenceStatus status, String seriesInstanceUid, String seriesNumber,
                                 List<ParameterCheck> parameters) {
    }

    /** Status of a protocol sequence. */
    public enum SequenceStatus { ACQUIRED, MISSING, NOT_ACQUIRED_OPTIONAL }

    /** An acquired series: matched to a sequence, extra, repeated, unidentifiable, or not counted (localizer, derived). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SeriesResult(String seriesInstanceUid, String seriesNumber, String seriesDescription, SeriesClass classification,
                               SeriesStatus status, String matchedSequenceId) {
    }

    /** Status of an acquired series. */
    public enum SeriesStatus { MATCHED, EXTRA, REPEATED, UNIDENTIFIABLE, NOT_COUNTED }

    /** One parameter: expected range, measured value, verdict. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ParameterCheck(String keyword, String parameter, Range expected, Double actual, List<Double> actualValues,
                                 ParameterVerdict verdict) {
    }

    /** Verdict of one parameter. */
    public enum ParameterVerdict { IN_RANGE, WITHIN_TOLERANCE, OUT_OF_RANGE, NOT_RECORDED }
}
