package org.mrpa.advice;

/** Gadolinium decision; ordered from least to most restrictive. */
public enum GadoliniumDecision {
    NOT_INDICATED,
    GIVE,
    RADIOLOGIST_DECISION,
    AVOID,
    CONTRAINDICATED;

    /** Post-contrast sequences are in the protocol: gadolinium is given, or left to the radiologist. */
    public boolean plansContrast() {
        return this == GIVE || this == RADIOLOGIST_DECISION;
    }

    /** The more restrictive of two decisions. */
    public GadoliniumDecision atLeast(GadoliniumDecision other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
