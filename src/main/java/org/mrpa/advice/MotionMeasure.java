package org.mrpa.advice;

/** Motion and claustrophobia measures (clinical reference §6). */
public enum MotionMeasure {
    WIDE_BORE_OR_OPEN,
    FEET_FIRST,
    ABBREVIATED_PROTOCOL_PRIORITISED,
    ANXIOLYSIS_PER_LOCAL_POLICY,
    SEDATION_OR_ANAESTHESIA_PER_LOCAL_POLICY,
    MOTION_ROBUST_SEQUENCES
}
