package org.mrpa.protocol;

/** Whether the indication needs intravenous gadolinium (§1.3 "IV Gd" column). */
public enum ContrastNeed {
    /** Contrast is part of the protocol. */
    REQUIRED,
    /** Protocol is complete without contrast; a radiologist may still add it. */
    OPTIONAL,
    /** Contrast adds nothing for this indication. */
    NOT_NEEDED,
    /** The radiologist decides per patient. */
    RADIOLOGIST_DECISION
}
