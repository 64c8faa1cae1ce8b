package org.mrpa.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.ScannerProfile;

/**
 * Every condition of one MR Conditional implant checked against one scanner (clinical reference §4.2; S10, S12): met,
 * met as a limit on the scan, unverifiable with the scanner data the site has, or violated.
 */
final class MrConditionsCheck {

    /** Outcome of one condition on one scanner, from best to worst. */
    enum Status {
        OK,
        CONSTRAINT,
        UNVERIFIABLE,
        VIOLATED
    }

    /** One condition's outcome and, unless it is plainly met, why. */
    record Check(Status status, Reason reason) {}

    private MrConditionsCheck() {}

    /** Every condition of one MR Conditional implant on one scanner, in the order of the label's fields. */
    static List<Check> of(Implant imp, ScannerProfile s) {
        MrConditions c = imp.conditions().at(s.fieldStrengthT());
        String at = " on " + (s.id() == null ? "the booked scanner" : s.id()) + " (" + Range.format(s.fieldStrengthT())
                + " T)";
        List<Check> out = new ArrayList<>();
        out.add(fieldStrength(c, s));
        if (c.boreType() != null) {
            out.add(bore(c, s, at));
        }
        if (c.maxSpatialFieldGradientTPerM() != null) {
            out.add(spatialGradient(c, s, at));
        }
        if (c.maxSlewRateTPerMPerS() != null) {
            out.add(slewRate(c, s, at));
        }
        if (c.maxDbDtTPerS() != null) {
            out.add(dbDt(c));
        }
        if (c.maxB1rmsMicroT() != null) {
            out.add(b1rms(c, s, at));
        }
        if (c.operatingModeLimit() != null) {
            out.add(operatingMode(c));
        }
        if (c.maxWholeBodySarWPerKg() != null || c.maxHeadSarWPerKg() != null) {
            out.add(sar(c));
        }
        transmitCoil(c, s, at).ifPresent(out::add);
        if (c.minWeeksSinceImplant() != null) {
            out.add(weeksSinceImplant(imp, c));
        }
        return out;
    }

    /** The worst outcome of some checks; OK when there are none. */
    static Status worst(List<Check> checks) {
        return checks.stream().map(Check::status).max(Enum::compareTo).orElse(Status.OK);
    }

    /** The static field strength: allowed by the label, not allowed, or not given (1.5 T is never 3 T). */
    private static Check fieldStrength(MrConditions c, ScannerProfile s) {
        if (c.allowedFieldStrengthsT().isEmpty()) {
            return new Check(
                    Status.UNVERIFIABLE,
                    Reason.of(
                            ReasonCode.IMPLANT_FIELD_UNSPECIFIED,
                            "The conditions give no allowed field strength.",
                            "§4.2",
                            "S10"));
        }
        if (c.allowedFieldStrengthsT().stream().anyMatch(f -> FieldStrength.sameBand(f, s.fieldStrengthT()))) {
            return new Check(
                    Status.OK,
                    Reason.of(
                            ReasonCode.IMPLANT_FIELD_OK,
                            "Field strength " + Range.format(s.fieldStrengthT()) + " T is allowed by the label.",
                            "§4.2",
                            "S10"));
        }
        return new Check(
                Status.VIOLATED,
                Reason.of(
                        ReasonCode.IMPLANT_FIELD_NOT_ALLOWED,
                        "The label allows "
                                + c.allowedFieldStrengthsT().stream()
                                        .map(Range::format)
                                        .collect(Collectors.joining(", "))
                                + " T only, not " + Range.format(s.fieldStrengthT()) + " T (1.5 T is never 3 T).",
                        "§4.2",
                        "S10",
                        "S12"));
    }

    /** The magnet geometry the label requires. */
    private static Check bore(MrConditions c, ScannerProfile s, String at) {
        return s.boreType() == null
                ? new Check(
                        Status.UNVERIFIABLE,
                        Reason.of(
                                ReasonCode.IMPLANT_BORE_UNKNOWN,
                                "The label requires a " + c.boreType() + " bore; the bore type" + at + " is not known.",
                                "§4.2",
                                "S10"))
                : s.boreType() == c.boreType()
                        ? new Check(Status.OK, null)
                        : new Check(
                                Status.VIOLATED,
                                Reason.of(
                                        ReasonCode.IMPLANT_BORE,
                                        "The label requires a " + c.boreType() + " bore" + at + " is " + s.boreType()
                                                + ".",
                                        "§4.2",
                                        "S10"));
    }

    /** The maximum spatial field gradient: above the label needs the field map at the device position. */
    private static Check spatialGradient(MrConditions c, ScannerProfile s, String at) {
        Double max = s.maxSpatialFieldGradientTPerM();
        return max == null
                ? new Check(
                        Status.UNVERIFIABLE,
                        Reason.of(
                                ReasonCode.IMPLANT_SPATIAL_GRADIENT_UNKNOWN,
                                "The label limits the spatial field gradient to "
                                        + Range.format(c.maxSpatialFieldGradientTPerM())
                                        + " T/m; the scanner's value" + at + " is not known.",
                                "§4.2",
                                "S10"))
                : max <= c.maxSpatialFieldGradientTPerM()
                        ? new Check(Status.OK, null)
                        : new Check(
                                Status.UNVERIFIABLE,
                                Reason.of(
                                        ReasonCode.IMPLANT_SPATIAL_GRADIENT,
                                        "The scanner's maximum spatial field gradient " + Range.format(max)
                                                + " T/m" + at + " exceeds the label's "
                                                + Range.format(c.maxSpatialFieldGradientTPerM())
                                                + " T/m: needs the field map at the device position.",
                                        "§4.2",
                                        "S10"));
    }

    /** The gradient slew rate per axis: limited when the scanner can exceed the label. */
    private static Check slewRate(MrConditions c, ScannerProfile s, String at) {
        Double max = s.maxSlewRateTPerMPerS();
        return max == null
                ? new Check(
                        Status.UNVERIFIABLE,
                        Reason.of(
                                ReasonCode.IMPLANT_SLEW_UNKNOWN,
                                "The label limits slew rate to " + Range.format(c.maxSlewRateTPerMPerS())
                                        + " T/m/s per axis; the scanner's maximum" + at + " is not known.",
                                "§4.2",
                                "S12"))
                : max <= c.maxSlewRateTPerMPerS()
                        ? new Check(Status.OK, null)
                        : new Check(
                                Status.CONSTRAINT,
                                Reason.of(
                                        ReasonCode.IMPLANT_SLEW_LIMIT,
                                        "Limit the gradient slew rate to "
                                                + Range.format(c.maxSlewRateTPerMPerS())
                                                + " T/m/s per axis (scanner maximum " + Range.format(max)
                                                + ").",
                                        "§4.2",
                                        "S12"));
    }

    /** dB/dt: the site's scanner data has no limit to check it against. */
    private static Check dbDt(MrConditions c) {
        return new Check(
                Status.UNVERIFIABLE,
                Reason.of(
                        ReasonCode.IMPLANT_DBDT,
                        "The label limits dB/dt to " + Range.format(c.maxDbDtTPerS())
                                + " T/s; the site's scanner data has no dB/dt limit to check it against.",
                        "§4.2",
                        "S12"));
    }

    /** B1+rms: a limit when the scanner displays it. */
    private static Check b1rms(MrConditions c, ScannerProfile s, String at) {
        return Boolean.TRUE.equals(s.b1rmsDisplayed())
                ? new Check(
                        Status.CONSTRAINT,
                        Reason.of(
                                ReasonCode.IMPLANT_B1RMS,
                                "Keep B1+rms at or below " + Range.format(c.maxB1rmsMicroT()) + " µT.",
                                "§4.2",
                                "S10"))
                : new Check(
                        Status.UNVERIFIABLE,
                        Reason.of(
                                ReasonCode.IMPLANT_B1RMS_UNKNOWN,
                                "The label limits B1+rms to " + Range.format(c.maxB1rmsMicroT())
                                        + " µT, but the scanner" + at + " is not known to display B1+rms.",
                                "§4.2",
                                "S10"));
    }

    /** The highest operating mode allowed. */
    private static Check operatingMode(MrConditions c) {
        return new Check(
                Status.CONSTRAINT,
                Reason.of(
                        ReasonCode.IMPLANT_OPERATING_MODE,
                        "Every series in " + c.operatingModeLimit() + " operating mode or lower.",
                        "§4.3",
                        "S9",
                        "S12"));
    }

    /** Whole-body and head SAR limits. */
    private static Check sar(MrConditions c) {
        return new Check(
                Status.CONSTRAINT,
                Reason.of(
                        ReasonCode.IMPLANT_SAR,
                        "SAR limits: whole body " + opt(c.maxWholeBodySarWPerKg()) + " W/kg, head "
                                + opt(c.maxHeadSarWPerKg())
                                + " W/kg; an accurate weight is needed for the SAR model.",
                        "§4.2",
                        "S7",
                        "S12"));
    }

    /** The time since implantation the label requires. */
    private static Check weeksSinceImplant(Implant imp, MrConditions c) {
        Integer weeks = imp.weeksSinceImplant();
        return weeks == null
                ? new Check(
                        Status.UNVERIFIABLE,
                        Reason.of(
                                ReasonCode.IMPLANT_WEEKS_UNKNOWN,
                                "The label requires " + c.minWeeksSinceImplant()
                                        + " weeks since implantation; the implant date is not known.",
                                "§4.2",
                                "S12"))
                : weeks >= c.minWeeksSinceImplant()
                        ? new Check(Status.OK, null)
                        : new Check(
                                Status.VIOLATED,
                                Reason.of(
                                        ReasonCode.IMPLANT_TOO_RECENT,
                                        weeks + " weeks since implantation; the label requires "
                                                + c.minWeeksSinceImplant() + ".",
                                        "§4.2",
                                        "S12"));
    }

    /** The transmit coil the label requires: a head-only coil cannot image the spine; body transmit must be there. */
    private static Optional<Check> transmitCoil(MrConditions c, ScannerProfile s, String at) {
        if (c.transmitCoil() == MrConditions.TransmitCoil.HEAD_TR) {
            return Optional.of(new Check(
                    Status.VIOLATED,
                    Reason.of(
                            ReasonCode.IMPLANT_TRANSMIT_HEAD_ONLY,
                            "The label allows only a transmit/receive head coil, " + "which cannot image the spine.",
                            "§4.2",
                            "S12")));
        }
        if (c.transmitCoil() == MrConditions.TransmitCoil.BODY) {
            return Optional.of(
                    s.transmitCoils().contains("BODY")
                            ? new Check(
                                    Status.CONSTRAINT,
                                    Reason.of(ReasonCode.IMPLANT_TRANSMIT_BODY, "Body transmit coil.", "§4.2", "S12"))
                            : new Check(
                                    Status.UNVERIFIABLE,
                                    Reason.of(
                                            ReasonCode.IMPLANT_TRANSMIT_UNKNOWN,
                                            "The label requires body-coil transmit; the transmit coils" + at
                                                    + " are not known.",
                                            "§4.2",
                                            "S12")));
        }
        return Optional.empty();
    }

    private static String opt(Double v) {
        return v == null ? "per operating mode" : Range.format(v);
    }
}
