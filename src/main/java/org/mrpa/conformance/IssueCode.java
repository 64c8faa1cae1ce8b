package org.mrpa.conformance;

/** Stable codes of conformance issues, each with its severity. QA scripts switch on these. */
public enum IssueCode {
    /**
     * No order (recommendation) matched the study: it was checked against the best-fitting catalog protocol, and the
     * patient's implant, contrast and pregnancy constraints could not be verified.
     */
    NO_ORDER(Severity.WARNING),
    /** A required protocol sequence has no acquired series. */
    SEQUENCE_MISSING(Severity.ERROR),
    /** A recommended (not required) sequence has no acquired series. */
    RECOMMENDED_SEQUENCE_MISSING(Severity.INFO),
    /** An acquired series matches no protocol sequence. */
    EXTRA_SERIES(Severity.INFO),
    /** An acquired series repeats a sequence already matched (e.g. a repeat after motion). */
    REPEATED_SERIES(Severity.INFO),
    /** The header does not say what the series is. */
    UNIDENTIFIABLE_SERIES(Severity.WARNING),
    /** A measured parameter is outside the protocol range plus tolerance. */
    PARAMETER_OUT_OF_RANGE(Severity.WARNING),
    /** A measured parameter is outside the protocol range but within the tolerance. */
    PARAMETER_WITHIN_TOLERANCE(Severity.INFO),
    /** A parameter varies between the images of a series where the protocol expects one value. */
    PARAMETER_VARIES(Severity.INFO),
    /** The header does not say whether contrast was given; the series was matched on its other properties. */
    CONTRAST_PHASE_UNKNOWN(Severity.INFO),
    /** The study was acquired at another field strength than recommended (and allowed). */
    FIELD_STRENGTH_DIFFERS(Severity.WARNING),
    /** Acquired at a field strength the implant constraints do not allow. */
    FIELD_STRENGTH_NOT_ALLOWED(Severity.CRITICAL),
    /** Contrast was given although the decision was AVOID or CONTRAINDICATED. */
    CONTRAST_GIVEN_WHEN_AVOIDED(Severity.CRITICAL),
    /** Contrast was given although it was not indicated. */
    CONTRAST_NOT_INDICATED(Severity.WARNING),
    /** Recorded SAR above the device limit. */
    SAR_ABOVE_DEVICE_LIMIT(Severity.CRITICAL),
    /** Recorded B1+rms above the device limit. */
    B1RMS_ABOVE_DEVICE_LIMIT(Severity.CRITICAL),
    /** Operating mode above the device or pregnancy limit (or SAR above the Normal-mode proxy of 2.0 W/kg). */
    OPERATING_MODE_ABOVE_LIMIT(Severity.CRITICAL),
    /** Neither operating mode nor SAR recorded, while a limit applies: cannot be verified. */
    OPERATING_MODE_NOT_RECORDED(Severity.ERROR),
    /** Gradient echo acquired where metal artifact reduction was required. */
    GRE_NEAR_METAL(Severity.CRITICAL),
    /** Spectral fat suppression where metal artifact reduction was required. */
    SPECTRAL_FAT_SUPPRESSION_NEAR_METAL(Severity.CRITICAL);

    private final Severity severity;

    IssueCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
