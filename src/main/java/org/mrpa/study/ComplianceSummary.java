package org.mrpa.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mrpa.conformance.Severity;

/**
 * Compliance of the studies a filter selects, overall and grouped. A study is compliant when none of its deviations
 * counts (present, not waived, WARNING or worse); a deviation counts the same way.
 *
 * @param complianceRate compliant / studies, 0 to 1, rounded to 4 decimals; null when there are no studies
 */
public record ComplianceSummary(
        LocalDate from,
        LocalDate to,
        Group overall,
        List<Group> byProtocol,
        List<Group> bySequence,
        List<Group> byStation,
        List<Group> byScanner,
        List<Group> byWeek) {

    /**
     * One group. For groups of studies (protocol, station, scanner, week) every count is over the group's studies; for
     * sequences, studies and compliance are over the studies with a deviation of that sequence.
     *
     * @param key                 the group's value, e.g. "deg-lumbar", "MR1", "SIEMENS | Aera | syngo MR E11", "2026-W47"
     * @param countedDeviations   deviations that count against compliance, by severity
     * @param waivedDeviations    present deviations waived by QA
     */
    public record Group(
            String key,
            long studies,
            long compliantStudies,
            Double complianceRate,
            Map<Severity, Long> countedDeviations,
            long waivedDeviations) {}
}
