package org.mrpa.study;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.mrpa.conformance.StudyConformanceReport;

/**
 * One study in the QA list: identity, scanner, protocol, and the verdict of its latest check both as checked and as it
 * stands after QA review (waived deviations no longer count).
 *
 * @param studyDate         DICOM StudyDate, or the day the study was first checked when the header has none
 * @param effectiveVerdict  the verdict counting only deviations still present and not waived
 * @param compliant         no present, unwaived deviation of WARNING or worse
 * @param openCritical      present, unwaived CRITICAL deviations (likewise the other counts)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StudySummary(
        String studyInstanceUid,
        String accessionNumber,
        LocalDate studyDate,
        String stationName,
        String manufacturer,
        String model,
        String softwareVersion,
        Double fieldStrengthT,
        String protocolId,
        String recommendationId,
        StudyConformanceReport.OrderLink orderLink,
        StudyConformanceReport.Verdict verdict,
        StudyConformanceReport.Verdict effectiveVerdict,
        boolean compliant,
        int openCritical,
        int openErrors,
        int openWarnings,
        int openInfo,
        int waived,
        int series,
        int checks,
        OffsetDateTime firstCheckedAt,
        OffsetDateTime lastCheckedAt) {}
