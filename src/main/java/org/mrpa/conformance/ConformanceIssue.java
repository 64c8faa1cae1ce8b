package org.mrpa.conformance;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mrpa.dicom.SeriesHeader;

/**
 * One finding of a conformance check: stable code, severity, where (series, protocol sequence, DICOM keyword),
 * what was expected and what was found. Stored as JSON with its report; made with {@link #builder}.
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

    /**
     * An issue about the whole study (no series, no sequence), e.g. from the order's decisions.
     *
     * @param expected what the order or the safety context required
     * @param actual   what was found
     */
    public static ConformanceIssue ofStudy(IssueCode code, String message, String expected, String actual) {
        return builder(code, message).expecting(expected).found(actual).build();
    }

    /** An issue of this code, with its code's severity and this message; unnamed values stay absent. */
    static Builder builder(IssueCode code, String message) {
        return new Builder(code, message);
    }

    /** Builds a {@link ConformanceIssue} by naming where it is and what it compares. */
    static final class Builder {

        private final IssueCode code;
        private final String message;
        private String seriesInstanceUid;
        private String seriesNumber;
        private String sequenceId;
        private String keyword;
        private String expected;
        private String actual;

        private Builder(IssueCode code, String message) {
            this.code = code;
            this.message = message;
        }

        /** About an acquired series. */
        Builder series(SeriesHeader series) {
            this.seriesInstanceUid = series.seriesInstanceUid();
            this.seriesNumber = series.seriesNumber();
            return this;
        }

        /** About a protocol sequence (null for none). */
        Builder sequence(String sequenceId) {
            this.sequenceId = sequenceId;
            return this;
        }

        /** About a DICOM keyword, with what was expected and what was found. */
        Builder about(String keyword, String expected, String actual) {
            this.keyword = keyword;
            this.expected = expected;
            this.actual = actual;
            return this;
        }

        /** What was expected. */
        Builder expecting(String expected) {
            this.expected = expected;
            return this;
        }

        /** What was found. */
        Builder found(String actual) {
            this.actual = actual;
            return this;
        }

        ConformanceIssue build() {
            return new ConformanceIssue(
                    code,
                    code.severity(),
                    seriesInstanceUid,
                    seriesNumber,
                    sequenceId,
                    keyword,
                    expected,
                    actual,
                    message);
        }
    }
}
