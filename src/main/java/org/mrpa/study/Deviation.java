package org.mrpa.study;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.mrpa.conformance.IssueCode;
import org.mrpa.conformance.Severity;

/**
 * A deviation of a study as QA sees it: the issue, whether the latest check still finds it, and its review.
 *
 * @param present false when a later check no longer finds it (e.g. the series was repeated correctly)
 * @param counts  true when it counts against compliance: present, not waived, and WARNING or worse
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Deviation(
        String id,
        String studyInstanceUid,
        IssueCode code,
        Severity severity,
        String seriesInstanceUid,
        String seriesNumber,
        String sequenceId,
        String keyword,
        String expected,
        String actual,
        String message,
        boolean present,
        DeviationStatus status,
        boolean counts,
        String reviewReason,
        String reviewedBy,
        OffsetDateTime reviewedAt,
        OffsetDateTime firstSeenAt,
        OffsetDateTime lastSeenAt) {

    /** True when a deviation counts against compliance: present, not waived, and WARNING or worse. */
    public static boolean counts(boolean present, DeviationStatus status, Severity severity) {
        return present && status != DeviationStatus.WAIVED && severity.compareTo(Severity.WARNING) >= 0;
    }
}
