package org.mrpa.study;

import java.time.OffsetDateTime;
import java.util.List;
import org.mrpa.conformance.StudyConformanceReport;

/** A study's full record: summary, the latest report, every deviation with its review, and the history of checks. */
public record StudyDetail(
        StudySummary study, StudyConformanceReport latestReport, List<Deviation> deviations, List<CheckRun> checks) {

    /** One past check of the study. */
    public record CheckRun(
            String checkId,
            OffsetDateTime checkedAt,
            TriggerSource trigger,
            String protocolId,
            String recommendationId,
            StudyConformanceReport.OrderLink orderLink,
            StudyConformanceReport.Verdict verdict) {}
}
