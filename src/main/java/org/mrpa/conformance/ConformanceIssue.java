package org.mrpa.conformance;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One finding of a conformance check: stable code, severity, where (series, protocol sequence, DICOM keyword),
 * what was expected and what was found.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConformanceIssue(
        IssueCode code,
        Severity severity,
        String seriesInstanceUid,
        String seriesNumber,
        String sequenceId,
        String keyword,
        String expected,
        String actual,
        String message) {

    static ConformanceIssue of(
            IssueCode code,
            String seriesUid,
            String seriesNumber,
            String sequenceId,
            String keyword,
            String expected,
            String actual,
            String message) {
        return new ConformanceIssue(
                code, code.severity(), seriesUid, seriesNumber, sequenceId, keyword, expected, actual, message);
    }
}
