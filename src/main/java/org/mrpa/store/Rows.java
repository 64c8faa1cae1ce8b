package org.mrpa.store;

import org.mrpa.conformance.IssueCode;
import org.mrpa.conformance.Severity;
import org.mrpa.conformance.StudyConformanceReport;
import org.mrpa.study.Deviation;
import org.mrpa.study.DeviationStatus;
import org.mrpa.study.StudySummary;

/** Reads stored rows back as the study room's values. */
final class Rows {

    private Rows() {}

    static Deviation deviation(DeviationEntity e) {
        Severity severity = Severity.valueOf(e.severity);
        DeviationStatus status = DeviationStatus.valueOf(e.status);
        return new Deviation(
                e.id,
                e.studyInstanceUid,
                IssueCode.valueOf(e.code),
                severity,
                e.seriesInstanceUid,
                e.seriesNumber,
                e.sequenceId,
                e.keyword,
                e.expected,
                e.actual,
                e.message,
                e.present,
                status,
                Deviation.counts(e.present, status, severity),
                e.reviewReason,
                e.reviewedBy,
                e.reviewedAt,
                e.firstSeenAt,
                e.lastSeenAt);
    }

    static StudySummary summary(StudyEntity e) {
        return new StudySummary(
                e.studyInstanceUid,
                e.accessionNumber,
                e.studyDate,
                e.stationName,
                e.manufacturer,
                e.model,
                e.softwareVersion,
                e.fieldStrengthT,
                e.protocolId,
                e.recommendationId,
                StudyConformanceReport.OrderLink.valueOf(e.orderLink),
                StudyConformanceReport.Verdict.valueOf(e.verdict),
                StudyConformanceReport.Verdict.valueOf(e.effectiveVerdict),
                e.compliant,
                e.criticalCount,
                e.errorCount,
                e.warningCount,
                e.infoCount,
                e.waivedCount,
                e.seriesCount,
                e.checkCount,
                e.firstCheckedAt,
                e.lastCheckedAt);
    }
}
