package org.mrpa.advice;

/** Implant safety decision; ordered from least to most restrictive. */
public enum ImplantDecision {
    NOT_APPLICABLE,
    PROCEED,
    PROCEED_WITH_CONDITIONS,
    RADIOLOGIST_REVIEW,
    DO_NOT_SCAN;

    /** The more restrictive of two decisions. */
    public ImplantDecision atLeast(ImplantDecision other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
