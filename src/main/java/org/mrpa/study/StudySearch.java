package org.mrpa.study;

import java.util.List;

/** The QA views over stored studies: filtered, paged study lists and the deviations of the studies a filter selects. */
public interface StudySearch {

    /** One page of the studies the filter selects, newest study date first. */
    Page<StudySummary> studies(StudyFilter filter, int page, int size);

    /** Every study the filter selects (for exports and the compliance summary), newest first. */
    List<StudySummary> allStudies(StudyFilter filter);

    /** Every deviation (present or not, any review status) of the studies the filter selects. */
    List<DeviationRow> deviations(StudyFilter filter);

    /** A deviation with the study it belongs to. */
    record DeviationRow(StudySummary study, Deviation deviation) {}
}
