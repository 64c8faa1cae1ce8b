package org.mrpa.study;

import org.mrpa.conformance.StudyConformanceReport;

/** Where every check of a study and the QA review of its deviations are kept (implemented by the store room). */
public interface StudyRecords {

    /**
     * Stores a check of a study: the report, the study's latest state and its deviations (new ones OPEN, known ones
     * keep their review, ones no longer found marked not present). Concurrent checks of one study queue up; returns
     * the study as stored.
     */
    StudyDetail record(StudyConformanceReport report, StudyFacts facts, TriggerSource trigger);

    /**
     * Records a QA review of one deviation of a study and updates the study's counts.
     *
     * @throws StudyNotFoundException when the study or the deviation does not exist
     */
    Deviation review(String studyInstanceUid, String deviationId, ReviewAction action, String reason, String reviewer);

    /**
     * A study: summary, latest report, deviations (present first, worst first) and every check run.
     *
     * @throws StudyNotFoundException when there is no such study
     */
    StudyDetail detail(String studyInstanceUid);
}
