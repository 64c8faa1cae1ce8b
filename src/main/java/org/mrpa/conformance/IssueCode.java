package org.mrpa.conformance;

/**
 * Stable codes of conformance issues, each with its severity; QA scripts switch on these, so this enum is the only
 * place their names are written.
 */
public enum IssueCode {
    /** Raised when no order matches the study: checked against the best-fitting protocol, safety unknown; WARNING. */
    NO_ORDER(Severity.WARNING),
    /** Raised when a required protocol sequence has no acquired series; ERROR. */
    SEQUENCE_MISSING(Severity.ERROR),
    /** Raised when a recommended (not required, not conditional) sequence has no acquired series; INFO. */
    RECOMMENDED_SEQUENCE_MISSING(Severity.INFO),
    /** Raised when a counted series matches no protocol sequence; WARNING. */
    EXTRA_SERIES(Severity.WARNING),
    /**
     * Raised when a required sequence is missing and an unmatched series of its weighting was acquired in another
     * plane (instead of SEQUENCE_MISSING and EXTRA_SERIES); ERROR.
     */
    WRONG_PLANE(Severity.ERROR),
    /** Raised when a counted series fits a sequence another series already matched (a repeat after motion); INFO. */
    REPEATED_SERIES(Severity.INFO),
    /** Raised when the header does not say what a series is (class UNIDENTIFIED); WARNING. */
    UNIDENTIFIABLE_SERIES(Severity.WARNING),
    /**
     * Raised when a measured parameter is outside the protocol range plus tolerance; ERROR by default, the site may
     * set another severity per parameter (parameterSeverity in header-classification.yaml).
     */
    PARAMETER_OUT_OF_RANGE(Severity.ERROR),
    /** Raised when a measured parameter is outside the nominal range but within the tolerance band; WARNING. */
    PARAMETER_WITHIN_TOLERANCE(Severity.WARNING),
    /** Raised when a checked parameter varies within a matched series (pixel spacing excepted); INFO. */
    PARAMETER_VARIES(Severity.INFO),
    /**
     * Raised when a series matched to a post-contrast sequence has no evidence of contrast (no agent, no bolus usage,
     * no post-contrast description with a pre-contrast twin): contrast not documented; WARNING.
     */
    CONTRAST_PHASE_UNKNOWN(Severity.WARNING),
    /**
     * Raised when the study was acquired below 1 T, where protocol parameter ranges and the §8.1 inversion-time
     * windows are not defined: parameters are not checked, inversion recovery is not classified; INFO.
     */
    FIELD_STRENGTH_BELOW_RANGES(Severity.INFO),
    /** Raised when the study was acquired at another field strength band than recommended (and allowed); WARNING. */
    FIELD_STRENGTH_DIFFERS(Severity.WARNING),
    /** Raised when the study was acquired at a field strength the implant constraints do not allow; CRITICAL. */
    FIELD_STRENGTH_NOT_ALLOWED(Severity.CRITICAL),
    /** Raised when a series is post-contrast but the gadolinium decision was AVOID or CONTRAINDICATED; CRITICAL. */
    CONTRAST_GIVEN_WHEN_AVOIDED(Severity.CRITICAL),
    /** Raised when a series is post-contrast although the decision on the order (or in the request) was DO_NOT_GIVE; CRITICAL. */
    CONTRAST_GIVEN_AGAINST_DECISION(Severity.CRITICAL),
    /** Raised when a series is post-contrast while the gadolinium decision is left to a radiologist and not recorded; WARNING. */
    CONTRAST_DECISION_NOT_RECORDED(Severity.WARNING),
    /** Raised when the study's order is still AWAITING_DECISION (gadolinium or implant undecided); WARNING. */
    ORDER_AWAITING_DECISION(Severity.WARNING),
    /** Raised when a study was acquired although a radiologist DECLINED the implant on its order; CRITICAL. */
    IMPLANT_DECLINED(Severity.CRITICAL),
    /** Raised when a study is checked by protocol id without a safety context (implants, gadolinium, MARS unknown); WARNING. */
    NO_SAFETY_CONTEXT(Severity.WARNING),
    /** Raised when a series is post-contrast but the gadolinium decision was NOT_INDICATED; WARNING. */
    CONTRAST_NOT_INDICATED(Severity.WARNING),
    /** Raised when a series' recorded SAR is above the device's whole-body SAR limit; CRITICAL. */
    SAR_ABOVE_DEVICE_LIMIT(Severity.CRITICAL),
    /** Raised when a series' recorded B1+rms is above the device limit; CRITICAL. */
    B1RMS_ABOVE_DEVICE_LIMIT(Severity.CRITICAL),
    /** Raised when Normal Mode is required and a series records a higher mode, or none and SAR > 2 W/kg; CRITICAL. */
    OPERATING_MODE_ABOVE_LIMIT(Severity.CRITICAL),
    /** Raised when Normal Operating Mode is required and a counted series records neither mode nor SAR; ERROR. */
    OPERATING_MODE_NOT_RECORDED(Severity.ERROR),
    /** Raised when metal artifact reduction is required and any acquired series (matched or not) is a gradient echo; CRITICAL. */
    GRE_NEAR_METAL(Severity.CRITICAL),
    /** Raised when metal artifact reduction is required and any acquired series has spectral fat suppression; CRITICAL. */
    SPECTRAL_FAT_SUPPRESSION_NEAR_METAL(Severity.CRITICAL);

    private final Severity severity;

    IssueCode(Severity severity) {
        this.severity = severity;
    }

    /** The severity every issue of this code has. */
    public Severity severity() {
        return severity;
    }
}
