package org.mrpa.dicom;

/** Contrast phase as the header shows it; an empty or absent agent is UNKNOWN, never "none" (§8.1). */
public enum AcquiredContrastPhase {
    PRE,
    POST,
    UNKNOWN
}
