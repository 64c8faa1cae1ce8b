package org.mrpa.screening;

/** ASTM F2503 MR safety label (S8); UNKNOWN = not identified. */
public enum MrLabel {
    MR_SAFE,
    MR_CONDITIONAL,
    MR_UNSAFE,
    UNKNOWN
}
