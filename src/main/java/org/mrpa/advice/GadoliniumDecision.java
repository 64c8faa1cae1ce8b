package org.mrpa.advice;

/** Gadolinium decision; ordered from least to most restrictive. */
public enum GadoliniumDecision {
    NOT_INDICATED,
    GIVE,
    RADIOLOGIST_DECISION,
    AVOID,
    CONTRAINDICATED;

    /** The more restrictive of two decisions. */
    public GadoliniumDecision atLeast(GadoliniumDecision other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
