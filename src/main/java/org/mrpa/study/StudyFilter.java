package org.mrpa.study;

import java.time.LocalDate;
import org.mrpa.conformance.Severity;
import org.mrpa.conformance.StudyConformanceReport;

/**
 * Which studies a QA query covers; null fields do not filter. Text fields match exactly, ignoring case.
 *
 * @param from        first study date included
 * @param to          last study date included
 * @param verdict     the effective verdict (after waivers)
 * @param minSeverity studies with at least one present, unwaived deviation of this severity or worse
 */
public record StudyFilter(
        LocalDate from,
        LocalDate to,
        String protocolId,
        StudyConformanceReport.Verdict verdict,
        String stationName,
        String manufacturer,
        String model,
        String softwareVersion,
        Severity minSeverity,
        StudyConformanceReport.OrderLink orderLink) {}
