package org.mrpa.indication;

/** How a mention stands in the text: asserted, suspected ("r/o", "?") or negated ("no", "denies"). */
public enum Assertion {
    PRESENT,
    SUSPECTED,
    NEGATED
}
