package org.mrpa.study;

/** Where a deviation stands in QA review. Only WAIVED stops it counting against compliance. */
public enum DeviationStatus {
    /** Not reviewed yet. */
    OPEN,
    /** Seen by QA; still counts against compliance. */
    ACKNOWLEDGED,
    /** Accepted by QA with a reason; stays visible, no longer counts against compliance. */
    WAIVED
}
