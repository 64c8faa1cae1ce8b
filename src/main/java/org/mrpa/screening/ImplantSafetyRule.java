package org.mrpa.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mrpa.advice.Flag;
import org.mrpa.advice.ImplantDecision;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.ScannerProfile;
import org.mrpa.protocol.SitePolicy;
import org.mrpa.screening.MrConditionsCheck.Check;
import org.mrpa.screening.MrConditionsCheck.Status;

/**
 * Implant safety (clinical reference §4): labels, MR Conditional conditions checked against the booked scanner
 * and the site's others, re-routing when only another field strength is allowed, and radiologist review whenever a
 * condition cannot be verified (fail safe).
 */
public final class ImplantSafetyRule implements ScreeningRule<ImplantSafety> {

    /** One implant's decision, the limits it puts on the scan and the flags it raises. */
    private record Assessed(ImplantSafety.ImplantAssessment assessment, ScanConstraints limits, List<Flag> flags) {}

    /** Where the patient is re-routed to; both null when the booked scanner stays. */
    private record Reroute(Double fieldStrengthT, String scannerId) {
        static final Reroute NONE = new Reroute(null, null);
    }

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
     * Decides whether, where and under which limits the patient may be scanned: each implant on the scanner where its
     * conditions are best met (the booked one unless another does better), the most restrictive decision and every
     * limit at once, then the re-route.
     *
     * @param pregnancy effective pregnancy status; PREGNANT and UNKNOWN add Normal Operating Mode
     */
    ImplantSafety evaluate(
            List<Implant> implants, PregnancyStatus pregnancy, ScannerContext scanners, SitePolicy policy) {
        Findings scan = new Findings();
        ScanConstraints constraints = pregnancyLimits(pregnancy, scan);
        if (implants.isEmpty()) {
            return new ImplantSafety(
                    ImplantDecision.NOT_APPLICABLE, constraints, null, null, List.of(), scan.flags(), scan.reasons());
        }
        ScannerProfile chosen = scannerToCheck(implants, scanners);
        List<ImplantSafety.ImplantAssessment> assessments = new ArrayList<>();
        ImplantDecision overall = ImplantDecision.NOT_APPLICABLE;
        for (int i = 0; i < implants.size(); i++) {
            Assessed a = assess(i, implants.get(i), chosen, policy);
            scan.flag(a.flags().toArray(Flag[]::new));
            constraints = constraints.and(a.limits());
            overall = overall.atLeast(a.assessment().decision());
            assessments.add(a.assessment());
        }
        Reroute reroute = overall == ImplantDecision.DO_NOT_SCAN
                ? doNotScan(scan)
                : reroute(implants, scanners, chosen, constraints, scan);
        if (overall == ImplantDecision.RADIOLOGIST_REVIEW) {
            scan.add(Reason.of(
                    ReasonCode.SAFETY_REVIEW,
                    "A condition cannot be verified: MR Medical Director or Level 2 MR personnel review "
                            + "with a documented risk-benefit decision before scanning.",
                    "§4.2",
                    "S7"));
        }
        return new ImplantSafety(
                overall,
                constraints,
                reroute.fieldStrengthT(),
                reroute.scannerId(),
                assessments,
                scan.flags(),
                scan.reasons());
    }

    /** Pregnancy or unknown status: Normal Operating Mode with a documented decision (§3.3). */
    private static ScanConstraints pregnancyLimits(PregnancyStatus pregnancy, Findings scan) {
        if (pregnancy != PregnancyStatus.PREGNANT && pregnancy != PregnancyStatus.UNKNOWN) {
            return ScanConstraints.NONE;
        }
        scan.add(
                Reason.of(
                        ReasonCode.SAFETY_PREGNANCY_NORMAL_MODE,
                        (pregnancy == PregnancyStatus.PREGNANT ? "Pregnancy" : "Pregnancy status unknown")
                                + ": non-contrast MRI when indicated, in Normal Operating Mode, with a documented decision.",
                        "§3.3",
                        "S1",
                        "S7",
                        "S25"),
                Flag.PREGNANCY_NORMAL_MODE,
                Flag.DOCUMENT_RISK_BENEFIT);
        return ScanConstraints.builder().operatingMode(OperatingMode.NORMAL).build();
    }

    /**
     * The scanner the conditions are checked on: the booked one, unless its conditions cannot be met or verified
     * there and another scanner (lower field strength first) does better.
     */
    private static ScannerProfile scannerToCheck(List<Implant> implants, ScannerContext scanners) {
        Status booked = MrConditionsCheck.worst(conditionalChecks(implants, scanners.booked()));
        if (booked.compareTo(Status.CONSTRAINT) <= 0) {
            return scanners.booked();
        }
        ScannerProfile fallback = null;
        Status fallbackWorst = null;
        for (ScannerProfile s : scanners.alternatives().stream()
                .sorted((a, b) -> Double.compare(a.fieldStrengthT(), b.fieldStrengthT()))
                .toList()) {
            Status worst = MrConditionsCheck.worst(conditionalChecks(implants, s));
            if (fallback == null || worst.compareTo(fallbackWorst) < 0) {
                fallback = s;
                fallbackWorst = worst;
            }
        }
        return fallback != null && fallbackWorst.compareTo(booked) < 0 ? fallback : scanners.booked();
    }

    /** One implant: by its label, else by its conditions on the chosen scanner. */
    private static Assessed assess(int index, Implant imp, ScannerProfile chosen, SitePolicy policy) {
        Findings own = new Findings();
        ImplantDecision d = labelDecision(imp, policy, own);
        ScanConstraints limits = ScanConstraints.NONE;
        if (d == null) {
            d = conditionsDecision(imp, chosen, own);
            limits = constraintsOf(imp.conditions().at(chosen.fieldStrengthT()));
            deviceFlags(imp, own);
        } else if (imp.mrLabel() == MrLabel.UNKNOWN && imp.type() != ImplantType.PACEMAKER_ICD) {
            limits = ScanConstraints.builder()
                    .allowedFieldStrengthsT(List.of(policy.implants().unlabelledApprovedFieldStrengthT()))
                    .operatingMode(OperatingMode.NORMAL)
                    .build();
        }
        return new Assessed(
                new ImplantSafety.ImplantAssessment(
                        index, imp.description(), imp.type(), imp.mrLabel(), d, own.reasons()),
                limits,
                own.flags());
    }

    /** The worst condition decides: met (as limits) proceed, unverifiable review, violated do not scan. */
    private static ImplantDecision conditionsDecision(Implant imp, ScannerProfile chosen, Findings own) {
        List<Check> checks = MrConditionsCheck.of(imp, chosen);
        checks.stream().filter(c -> c.reason() != null).forEach(c -> own.add(c.reason()));
        return switch (MrConditionsCheck.worst(checks)) {
            case OK, CONSTRAINT -> ImplantDecision.PROCEED_WITH_CONDITIONS;
            case UNVERIFIABLE -> ImplantDecision.RADIOLOGIST_REVIEW;
            case VIOLATED -> ImplantDecision.DO_NOT_SCAN;
        };
    }

    private static Reroute doNotScan(Findings scan) {
        scan.add(
                Reason.of(
                        ReasonCode.SAFETY_DO_NOT_SCAN,
                        "Do not scan on the available scanners; offer CT or CT myelography.",
                        "§4.2",
                        "S7",
                        "S8"),
                Flag.ALTERNATIVE_IMAGING_SUGGESTED);
        return Reroute.NONE;
    }

    /**
     * Where to scan instead of the booked scanner: the field strength the limits allow when the booked one's is not,
     * the scanner chosen for the conditions when it is another.
     */
    private static Reroute reroute(
            List<Implant> implants,
            ScannerContext scanners,
            ScannerProfile chosen,
            ScanConstraints constraints,
            Findings scan) {
        Double target = rerouteTarget(constraints, scanners);
        boolean fieldNotAllowed = target != null;
        String scannerId = null;
        if (chosen != scanners.booked()) {
            scannerId = chosen.id();
            if (!FieldStrength.sameBand(chosen.fieldStrengthT(), scanners.fieldStrengthT())) {
                target = chosen.fieldStrengthT();
            }
        }
        Double field = null;
        if (target != null && !FieldStrength.sameBand(target, scanners.fieldStrengthT())) {
            field = target;
            scan.flag(FieldStrength.sameBand(target, 1.5) ? Flag.REROUTE_TO_1_5T : Flag.REROUTE_TO_3T);
        }
        if (field == null && scannerId == null) {
            return Reroute.NONE;
        }
        scan.add(rerouteReason(implants, scanners, chosen, constraints, fieldNotAllowed, field));
        return new Reroute(field, scannerId);
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
                .filter(c -> c.status().compareTo(MrConditionsCheck.Status.CONSTRAINT) > 0)
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
    private static ImplantDecision labelDecision(Implant imp, SitePolicy policy, Findings own) {
        if (Boolean.TRUE.equals(imp.abandonedOrFracturedLeads()) && imp.mrLabel() != MrLabel.MR_SAFE) {
            own.add(
                    Reason.of(
                            ReasonCode.IMPLANT_ABANDONED_LEADS,
                            "Abandoned, capped or fractured leads: excluded by MR Conditional labels and by the HRS "
                                    + "pathway for non-conditional devices; do not scan (off-label only by radiologist "
                                    + "review under site policy).",
                            "§4.2",
                            "S11",
                            "S12"),
                    Flag.ALTERNATIVE_IMAGING_SUGGESTED);
            return ImplantDecision.DO_NOT_SCAN;
        }
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
        return switch (imp.mrLabel()) {
            case MR_SAFE -> {
                own.add(Reason.of(
                        ReasonCode.IMPLANT_MR_SAFE, "MR Safe: no known hazard in any MR environment.", "§4.1", "S8"));
                yield ImplantDecision.PROCEED;
            }
            case MR_UNSAFE -> {
                own.add(Reason.of(
                        ReasonCode.IMPLANT_MR_UNSAFE, "MR Unsafe: known hazard in all MR environments.", "§4.1", "S8"));
                yield ImplantDecision.DO_NOT_SCAN;
            }
            case UNKNOWN -> unidentified(imp, policy, own);
            case NOT_MR_CONDITIONAL -> notConditional(imp, own);
            case MR_CONDITIONAL -> conditionsGiven(imp, own) ? null : ImplantDecision.RADIOLOGIST_REVIEW;
        };
    }

    /** An implant not identified: review; a pacemaker/ICD with cardiology. */
    private static ImplantDecision unidentified(Implant imp, SitePolicy policy, Findings own) {
        if (imp.type() == ImplantType.PACEMAKER_ICD) {
            own.add(
                    Reason.of(
                            ReasonCode.IMPLANT_CIED_NON_CONDITIONAL,
                            "Pacemaker/ICD not shown to be MR Conditional: radiologist review with "
                                    + "cardiology; reasonable under an institutional protocol with designated MRI and device physicians if there are no "
                                    + "fractured, epicardial or abandoned leads.",
                            "§4.2",
                            "S11"),
                    Flag.CARDIOLOGY_REQUIRED);
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

    /**
     * A device labelled, but not MR Conditional: a legacy pacemaker/ICD goes to radiologist review with cardiology
     * (HRS, S11); any other such device to radiologist review. Both name alternative imaging.
     */
    private static ImplantDecision notConditional(Implant imp, Findings own) {
        if (imp.type() == ImplantType.PACEMAKER_ICD) {
            own.add(
                    Reason.of(
                            ReasonCode.IMPLANT_CIED_NON_CONDITIONAL,
                            "Pacemaker/ICD not MR Conditional (legacy device): radiologist review with cardiology; "
                                    + "reasonable under an institutional protocol with designated MRI and device "
                                    + "physicians if there are no fractured, epicardial or abandoned leads; otherwise "
                                    + "CT or CT myelography.",
                            "§4.2",
                            "S11"),
                    Flag.CARDIOLOGY_REQUIRED,
                    Flag.ALTERNATIVE_IMAGING_SUGGESTED);
        } else {
            own.add(
                    Reason.of(
                            ReasonCode.IMPLANT_NOT_MR_CONDITIONAL,
                            "Labelled, but not MR Conditional: radiologist review with a documented risk-benefit "
                                    + "decision; otherwise CT or CT myelography.",
                            "§4.2",
                            "S7",
                            "S8"),
                    Flag.ALTERNATIVE_IMAGING_SUGGESTED);
        }
        return ImplantDecision.RADIOLOGIST_REVIEW;
    }

    /** An MR Conditional implant's conditions were given; when not, says they cannot be verified. */
    private static boolean conditionsGiven(Implant imp, Findings own) {
        if (imp.conditions() != null) {
            return true;
        }
        own.add(Reason.of(
                ReasonCode.IMPLANT_CONDITIONS_MISSING,
                "MR Conditional, but its conditions were not given, so they cannot be "
                        + "verified against the scanner.",
                "§4.2",
                "S10"));
        return false;
    }

    /** What the device and its label ask of the staff: MRI mode, cardiology, monitoring. */
    private static void deviceFlags(Implant imp, Findings own) {
        MrConditions c = imp.conditions();
        if (Boolean.TRUE.equals(c.deviceMriModeRequired())) {
            own.add(
                    Reason.of(
                            ReasonCode.IMPLANT_DEVICE_MRI_MODE,
                            "The device must be put in its MRI mode before the scan and restored after.",
                            "§4.2",
                            "S12"),
                    Flag.DEVICE_MRI_MODE);
        }
        if (imp.type() == ImplantType.PACEMAKER_ICD) {
            own.add(
                    Reason.of(
                            ReasonCode.IMPLANT_CIED_CARDIOLOGY,
                            "Cardiac device: cardiology sets the MRI mode and follows the device.",
                            "§4.2",
                            "S11",
                            "S12"),
                    Flag.CARDIOLOGY_REQUIRED);
        }
        if (Boolean.TRUE.equals(c.monitoringRequired())) {
            own.add(
                    Reason.of(
                            ReasonCode.IMPLANT_MONITORING,
                            "The label requires patient monitoring during the scan.",
                            "§4.2",
                            "S12"),
                    Flag.MONITORING_REQUIRED);
        }
    }

    /** Checks of every MR Conditional implant (with conditions) on one scanner. */
    private static List<Check> conditionalChecks(List<Implant> implants, ScannerProfile s) {
        List<Check> out = new ArrayList<>();
        for (Implant imp : implants) {
            if (imp.mrLabel() == MrLabel.MR_CONDITIONAL
                    && imp.conditions() != null
                    && imp.type() != ImplantType.BALLISTIC_FRAGMENT) {
                out.addAll(MrConditionsCheck.of(imp, s));
            }
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
    private static Double rerouteTarget(ScanConstraints constraints, ScannerContext scanners) {
        List<Double> allowed = constraints.allowedFieldStrengthsT();
        if (allowed == null || allowed.stream().anyMatch(a -> FieldStrength.sameBand(a, scanners.fieldStrengthT()))) {
            return null;
        }
        return scanners.availableFieldStrengthsT().stream()
                .filter(t -> allowed.stream().anyMatch(a -> FieldStrength.sameBand(a, t)))
                .min((a, b) -> Double.compare(Math.abs(a - 1.5), Math.abs(b - 1.5)))
                .orElse(allowed.get(0));
    }
}
