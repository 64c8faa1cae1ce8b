package org.mrpa.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mrpa.advice.Flag;
import org.mrpa.advice.ImplantDecision;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.ScannerProfile;
import org.mrpa.protocol.SitePolicy;

/**
 * Implant safety (clinical reference §4): labels, MR Conditional conditions checked against the booked scanner
 * and the site's others, re-routing when only another field strength is allowed, and radiologist review whenever a
 * condition cannot be verified (fail safe).
 */
public final class ImplantSafetyRule implements ScreeningRule<ImplantSafety> {

    /** Outcome of one condition on one scanner. */
    enum Status {
        OK,
        CONSTRAINT,
        UNVERIFIABLE,
        VIOLATED
    }

    record Check(Status status, Reason reason) {}

    /**
     * Decides whether, where and under which limits the patient may be scanned, from the booked scanner and the
     * site's others. Needs {@link PregnancyScreen} to have run.
     *
     * @return the implant safety section, with its limits as the outcome's constraints, and its flags
     */
    @Override
    public RuleOutcome<ImplantSafety> apply(ScreeningContext c) {
        ImplantSafety safety = evaluate(
                c.patient().implants(), c.decision(PregnancyScreen.class).status(), c.booked(), c.policy());
        return RuleOutcome.of(safety).withConstraints(safety.constraints()).withFlags(safety.flags());
    }

    /**
     * Decides whether, where and under which limits the patient may be scanned.
     *
     * @param pregnancy effective pregnancy status; PREGNANT and UNKNOWN add Normal Operating Mode
     */
    ImplantSafety evaluate(
            List<Implant> implants, PregnancyStatus pregnancy, ScannerContext scanners, SitePolicy policy) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        List<Reason> reasons = new ArrayList<>();
        ScanConstraints constraints = ScanConstraints.NONE;
        if (pregnancy == PregnancyStatus.PREGNANT || pregnancy == PregnancyStatus.UNKNOWN) {
            flags.add(Flag.PREGNANCY_NORMAL_MODE);
            flags.add(Flag.DOCUMENT_RISK_BENEFIT);
            constraints = constraints.and(ScanConstraints.builder()
                    .operatingMode(OperatingMode.NORMAL)
                    .build());
            reasons.add(Reason.of(
                    ReasonCode.SAFETY_PREGNANCY_NORMAL_MODE,
                    (pregnancy == PregnancyStatus.PREGNANT ? "Pregnancy" : "Pregnancy status unknown")
                            + ": non-contrast MRI when indicated, in Normal Operating Mode, with a documented decision.",
                    "§3.3",
                    "S1",
                    "S7",
                    "S25"));
        }
        if (implants.isEmpty()) {
            return new ImplantSafety(
                    ImplantDecision.NOT_APPLICABLE, constraints, null, null, List.of(), List.copyOf(flags), reasons);
        }

        ScannerProfile chosen = scanners.booked();
        List<Check> chosenChecks = conditionalChecks(implants, chosen);
        if (worst(chosenChecks).compareTo(Status.CONSTRAINT) > 0) {
            ScannerProfile fallback = null;
            List<Check> fallbackChecks = null;
            for (ScannerProfile s : scanners.alternatives().stream()
                    .sorted((a, b) -> Double.compare(a.fieldStrengthT(), b.fieldStrengthT()))
                    .toList()) {
                List<Check> checks = conditionalChecks(implants, s);
                if (fallback == null || worst(checks).compareTo(worst(fallbackChecks)) < 0) {
                    fallback = s;
                    fallbackChecks = checks;
                }
            }
            if (fallback != null && worst(fallbackChecks).compareTo(worst(chosenChecks)) < 0) {
                chosen = fallback;
                chosenChecks = fallbackChecks;
            }
        }

        List<ImplantSafety.ImplantAssessment> assessments = new ArrayList<>();
        ImplantDecision overall = ImplantDecision.NOT_APPLICABLE;
        for (int i = 0; i < implants.size(); i++) {
            Implant imp = implants.get(i);
            List<Reason> own = new ArrayList<>();
            ImplantDecision d = labelDecision(imp, policy, own, flags);
            if (d == null) {
                List<Check> checks = checks(imp, chosen);
                Status w = worst(checks);
                checks.stream().filter(c -> c.reason() != null).forEach(c -> own.add(c.reason()));
                d = switch (w) {
                    case OK, CONSTRAINT -> ImplantDecision.PROCEED_WITH_CONDITIONS;
                    case UNVERIFIABLE -> ImplantDecision.RADIOLOGIST_REVIEW;
                    case VIOLATED -> ImplantDecision.DO_NOT_SCAN;
                };
                constraints = constraints.and(constraintsOf(imp.conditions()));
                deviceFlags(imp, flags, own);
            } else if (imp.mrLabel() == MrLabel.UNKNOWN && imp.type() != ImplantType.PACEMAKER_ICD) {
                double approved = policy.implants().unlabelledApprovedFieldStrengthT();
                constraints = constraints.and(ScanConstraints.builder()
                        .allowedFieldStrengthsT(List.of(approved))
                        .operatingMode(OperatingMode.NORMAL)
                        .build());
            }
            overall = overall.atLeast(d);
            assessments.add(
                    new ImplantSafety.ImplantAssessment(i, imp.description(), imp.type(), imp.mrLabel(), d, own));
        }

        Double rerouteField = null;
        String rerouteScanner = null;
        if (overall == ImplantDecision.DO_NOT_SCAN) {
            flags.add(Flag.ALTERNATIVE_IMAGING_SUGGESTED);
            reasons.add(Reason.of(
                    ReasonCode.SAFETY_DO_NOT_SCAN,
                    "Do not scan on the available scanners; offer CT or CT myelography.",
                    "§4.2",
                    "S7",
                    "S8"));
        } else {
            Double target = rerouteTarget(constraints, scanners, chosen);
            boolean fieldNotAllowed = target != null;
            if (chosen != scanners.booked()) {
                rerouteScanner = chosen.id();
                if (!FieldStrength.sameBand(chosen.fieldStrengthT(), scanners.fieldStrengthT())) {
                    target = chosen.fieldStrengthT();
                }
            }
            if (target != null && !FieldStrength.sameBand(target, scanners.fieldStrengthT())) {
                rerouteField = target;
                flags.add(FieldStrength.sameBand(target, 1.5) ? Flag.REROUTE_TO_1_5T : Flag.REROUTE_TO_3T);
            }
            if (rerouteField != null || rerouteScanner != null) {
                reasons.add(rerouteReason(implants, scanners, chosen, constraints, fieldNotAllowed, rerouteField));
            }
        }
        if (overall == ImplantDecision.RADIOLOGIST_REVIEW) {
            reasons.add(Reason.of(
                    ReasonCode.SAFETY_REVIEW,
                    "A condition cannot be verified: MR Medical Director or Level 2 MR personnel review "
                            + "with a documented risk-benefit decision before scanning.",
                    "§4.2",
                    "S7"));
        }
        return new ImplantSafety(
                overall, constraints, rerouteField, rerouteScanner, assessments, List.copyOf(flags), reasons);
    }

    /** Why the patient goes to another scanner or field strength than booked, in the words of what drove it. */
    private static Reason rerouteReason(
            List<Implant> implants,
            ScannerContext scanners,
            ScannerProfile chosen,
            ScanConstraints constraints,
            boolean fieldNotAllowed,
            Double field) {
        String booked = (scanners.booked().id() == null
                        ? "the booked scanner"
                        : scanners.booked().id()) + " (" + Range.format(scanners.fieldStrengthT()) + " T)";
        String target = (chosen != scanners.booked() && chosen.id() != null ? chosen.id() + " " : "") + "("
                + Range.format(field != null ? field : chosen.fieldStrengthT()) + " T)";
        boolean labelled =
                implants.stream().anyMatch(i -> i.mrLabel() == MrLabel.MR_CONDITIONAL && i.conditions() != null);
        if (fieldNotAllowed && !labelled) {
            return Reason.of(
                            ReasonCode.SAFETY_REROUTE_UNLABELLED,
                            "Unlabelled implant: if the MR Medical Director approves, scan at "
                                    + Range.format(
                                            constraints.allowedFieldStrengthsT().get(0))
                                    + " T in Normal Operating Mode: " + target + " instead of " + booked + ".",
                            "§4.2",
                            "S7")
                    .bySitePolicy("implants.unlabelledApprovedFieldStrengthT");
        }
        if (fieldNotAllowed) {
            return Reason.of(
                    ReasonCode.SAFETY_REROUTE,
                    "Booked on " + booked + ", but the implant conditions allow only "
                            + constraints.allowedFieldStrengthsT().stream()
                                    .map(Range::format)
                                    .collect(Collectors.joining(", "))
                            + " T: scan on " + target
                            + "; never at a field strength the label does not allow.",
                    "§4.2",
                    "S10",
                    "S12");
        }
        String unmet = conditionalChecks(implants, scanners.booked()).stream()
                .filter(c -> c.status().compareTo(Status.CONSTRAINT) > 0)
                .map(c -> c.reason().text())
                .distinct()
                .collect(Collectors.joining(" "));
        return Reason.of(
                ReasonCode.SAFETY_REROUTE_SCANNER,
                "The implant conditions cannot be met or verified on " + booked + ": " + unmet + " They are on "
                        + target + ": scan there.",
                "§4.2",
                "S10",
                "S12");
    }

    /** Decision from the label alone, or null when the MR Conditional conditions must be checked. */
    private static ImplantDecision labelDecision(Implant imp, SitePolicy policy, List<Reason> own, Set<Flag> flags) {
        if (imp.type() == ImplantType.BALLISTIC_FRAGMENT
                && imp.mrLabel() != MrLabel.MR_SAFE
                && Boolean.TRUE.equals(policy.implants().ballisticFragmentReview())) {
            own.add(Reason.of(
                            ReasonCode.IMPLANT_BALLISTIC,
                            "Ballistic fragment of unknown composition: radiologist review.",
                            "§4.2",
                            "S7")
                    .bySitePolicy("implants.ballisticFragmentReview"));
            return ImplantDecision.RADIOLOGIST_REVIEW;
        }
        switch (imp.mrLabel()) {
            case MR_SAFE -> {
                own.add(Reason.of(
                        ReasonCode.IMPLANT_MR_SAFE, "MR Safe: no known hazard in any MR environment.", "§4.1", "S8"));
                return ImplantDecision.PROCEED;
            }
            case MR_UNSAFE -> {
                own.add(Reason.of(
                        ReasonCode.IMPLANT_MR_UNSAFE, "MR Unsafe: known hazard in all MR environments.", "§4.1", "S8"));
                return ImplantDecision.DO_NOT_SCAN;
            }
            case UNKNOWN -> {
                if (imp.type() == ImplantType.PACEMAKER_ICD) {
                    flags.add(Flag.CARDIOLOGY_REQUIRED);
                    own.add(Reason.of(
                            ReasonCode.IMPLANT_CIED_NON_CONDITIONAL,
                            "Pacemaker/ICD not shown to be MR Conditional: radiologist review with "
                                    + "cardiology; reasonable under an institutional protocol with designated MRI and device physicians if there are no "
                                    + "fractured, epicardial or abandoned leads.",
                            "§4.2",
                            "S11"));
                } else {
                    own.add(Reason.of(
                                    ReasonCode.IMPLANT_UNLABELLED,
                                    "Implant not identified: identify it (implant card, operation note, radiograph); "
                                            + "otherwise MR Medical Director review; if approved, "
                                            + Range.format(policy.implants().unlabelledApprovedFieldStrengthT())
                                            + " T, Normal Operating Mode, low SAR.",
                                    "§4.2",
                                    "S7")
                            .bySitePolicy("implants.unlabelledApprovedFieldStrengthT"));
                }
                return ImplantDecision.RADIOLOGIST_REVIEW;
            }
            default -> {
                if (imp.conditions() == null) {
                    own.add(Reason.of(
                            ReasonCode.IMPLANT_CONDITIONS_MISSING,
                            "MR Conditional, but its conditions were not given, so they cannot be "
                                    + "verified against the scanner.",
                            "§4.2",
                            "S10"));
                    return ImplantDecision.RADIOLOGIST_REVIEW;
                }
                return null;
            }
        }
    }

    private static void deviceFlags(Implant imp, Set<Flag> flags, List<Reason> own) {
        MrConditions c = imp.conditions();
        if (Boolean.TRUE.equals(c.deviceMriModeRequired())) {
            flags.add(Flag.DEVICE_MRI_MODE);
            own.add(Reason.of(
                    ReasonCode.IMPLANT_DEVICE_MRI_MODE,
                    "The device must be put in its MRI mode before the scan and restored after.",
                    "§4.2",
                    "S12"));
        }
        if (imp.type() == ImplantType.PACEMAKER_ICD) {
            flags.add(Flag.CARDIOLOGY_REQUIRED);
            own.add(Reason.of(
                    ReasonCode.IMPLANT_CIED_CARDIOLOGY,
                    "Cardiac device: cardiology sets the MRI mode and follows the device.",
                    "§4.2",
                    "S11",
                    "S12"));
        }
        if (Boolean.TRUE.equals(c.monitoringRequired())) {
            flags.add(Flag.MONITORING_REQUIRED);
            own.add(Reason.of(
                    ReasonCode.IMPLANT_MONITORING,
                    "The label requires patient monitoring during the scan.",
                    "§4.2",
                    "S12"));
        }
    }

    /** Checks of every MR Conditional implant (with conditions) on one scanner. */
    private static List<Check> conditionalChecks(List<Implant> implants, ScannerProfile s) {
        List<Check> out = new ArrayList<>();
        for (Implant imp : implants) {
            if (imp.mrLabel() == MrLabel.MR_CONDITIONAL
                    && imp.conditions() != null
                    && imp.type() != ImplantType.BALLISTIC_FRAGMENT) {
                out.addAll(checks(imp, s));
            }
        }
        return out;
    }

    /** Every condition of one MR Conditional implant on one scanner. */
    static List<Check> checks(Implant imp, ScannerProfile s) {
        MrConditions c = imp.conditions();
        List<Check> out = new ArrayList<>();
        String at = " on " + (s.id() == null ? "the booked scanner" : s.id()) + " (" + Range.format(s.fieldStrengthT())
                + " T)";
        if (c.allowedFieldStrengthsT().isEmpty()) {
            out.add(new Check(
                    Status.UNVERIFIABLE,
                    Reason.of(
                            ReasonCode.IMPLANT_FIELD_UNSPECIFIED,
                            "The conditions give no allowed field strength.",
                            "§4.2",
                            "S10")));
        } else if (c.allowedFieldStrengthsT().stream().anyMatch(f -> FieldStrength.sameBand(f, s.fieldStrengthT()))) {
            out.add(new Check(
                    Status.OK,
                    Reason.of(
                            ReasonCode.IMPLANT_FIELD_OK,
                            "Field strength " + Range.format(s.fieldStrengthT()) + " T is allowed by the label.",
                            "§4.2",
                            "S10")));
        } else {
            out.add(new Check(
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
                            "S12")));
        }
        if (c.boreType() != null) {
            out.add(
                    s.boreType() == null
                            ? new Check(
                                    Status.UNVERIFIABLE,
                                    Reason.of(
                                            ReasonCode.IMPLANT_BORE_UNKNOWN,
                                            "The label requires a " + c.boreType() + " bore; the bore type" + at
                                                    + " is not known.",
                                            "§4.2",
                                            "S10"))
                            : s.boreType() == c.boreType()
                                    ? new Check(Status.OK, null)
                                    : new Check(
                                            Status.VIOLATED,
                                            Reason.of(
                                                    ReasonCode.IMPLANT_BORE,
                                                    "The label requires a " + c.boreType() + " bore" + at + " is "
                                                            + s.boreType() + ".",
                                                    "§4.2",
                                                    "S10")));
        }
        if (c.maxSpatialFieldGradientTPerM() != null) {
            Double max = s.maxSpatialFieldGradientTPerM();
            out.add(
                    max == null
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
                                                    "S10")));
        }
        if (c.maxSlewRateTPerMPerS() != null) {
            Double max = s.maxSlewRateTPerMPerS();
            out.add(
                    max == null
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
                                                    "S12")));
        }
        if (c.maxDbDtTPerS() != null) {
            out.add(new Check(
                    Status.UNVERIFIABLE,
                    Reason.of(
                            ReasonCode.IMPLANT_DBDT,
                            "The label limits dB/dt to " + Range.format(c.maxDbDtTPerS())
                                    + " T/s; the site's scanner data has no dB/dt limit to check it against.",
                            "§4.2",
                            "S12")));
        }
        if (c.maxB1rmsMicroT() != null) {
            out.add(
                    Boolean.TRUE.equals(s.b1rmsDisplayed())
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
                                            "S10")));
        }
        if (c.operatingModeLimit() != null) {
            out.add(new Check(
                    Status.CONSTRAINT,
                    Reason.of(
                            ReasonCode.IMPLANT_OPERATING_MODE,
                            "Every series in " + c.operatingModeLimit() + " operating mode or lower.",
                            "§4.3",
                            "S9",
                            "S12")));
        }
        if (c.maxWholeBodySarWPerKg() != null || c.maxHeadSarWPerKg() != null) {
            out.add(new Check(
                    Status.CONSTRAINT,
                    Reason.of(
                            ReasonCode.IMPLANT_SAR,
                            "SAR limits: whole body " + opt(c.maxWholeBodySarWPerKg()) + " W/kg, head "
                                    + opt(c.maxHeadSarWPerKg())
                                    + " W/kg; an accurate weight is needed for the SAR model.",
                            "§4.2",
                            "S7",
                            "S12")));
        }
        if (c.transmitCoil() == MrConditions.TransmitCoil.HEAD_TR) {
            out.add(new Check(
                    Status.VIOLATED,
                    Reason.of(
                            ReasonCode.IMPLANT_TRANSMIT_HEAD_ONLY,
                            "The label allows only a transmit/receive head coil, " + "which cannot image the spine.",
                            "§4.2",
                            "S12")));
        } else if (c.transmitCoil() == MrConditions.TransmitCoil.BODY) {
            out.add(
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
        if (c.minWeeksSinceImplant() != null) {
            Integer weeks = imp.weeksSinceImplant();
            out.add(
                    weeks == null
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
                                                    "S12")));
        }
        return out;
    }

    private static ScanConstraints constraintsOf(MrConditions c) {
        return new ScanConstraints(
                c.allowedFieldStrengthsT().isEmpty() ? null : c.allowedFieldStrengthsT(),
                c.operatingModeLimit(),
                c.maxWholeBodySarWPerKg(),
                c.maxHeadSarWPerKg(),
                c.maxB1rmsMicroT(),
                c.maxSlewRateTPerMPerS(),
                c.maxDbDtTPerS(),
                c.maxSpatialFieldGradientTPerM(),
                c.transmitCoil(),
                Boolean.TRUE.equals(c.deviceMriModeRequired()) ? true : null,
                Boolean.TRUE.equals(c.monitoringRequired()) ? true : null);
    }

    /** Field strength to re-route to when the booked one is not allowed: 1.5 T first, among those available. */
    private static Double rerouteTarget(ScanConstraints constraints, ScannerContext scanners, ScannerProfile chosen) {
        List<Double> allowed = constraints.allowedFieldStrengthsT();
        if (allowed == null || allowed.stream().anyMatch(a -> FieldStrength.sameBand(a, scanners.fieldStrengthT()))) {
            return null;
        }
        return scanners.availableFieldStrengthsT().stream()
                .filter(t -> allowed.stream().anyMatch(a -> FieldStrength.sameBand(a, t)))
                .min((a, b) -> Double.compare(Math.abs(a - 1.5), Math.abs(b - 1.5)))
                .orElse(allowed.get(0));
    }

    private static Status worst(List<Check> checks) {
        return checks.stream().map(Check::status).max(Enum::compareTo).orElse(Status.OK);
    }

    private static String opt(Double v) {
        return v == null ? "per operating mode" : Range.format(v);
    }
}
