package org.mrpa.screening;

/** Dialysis status. */
public enum Dialysis {
    NONE,
    HEMODIALYSIS,
    PERITONEAL
}
