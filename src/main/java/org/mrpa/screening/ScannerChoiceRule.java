package org.mrpa.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mrpa.advice.Flag;
import org.mrpa.advice.ImplantDecision;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.ScannerProfile;
import org.mrpa.protocol.SitePolicy;

/**
 * The scanner to scan on: the implant re-route when there is one; else 1.5 T for metal in the field of view (§5 rule
 * 1) or pregnancy when the site prefers it (§7); else the booked one.
 */
public final class ScannerChoiceRule implements ScreeningRule<ScannerChoice> {

    private static final double T1_5 = 1.5;

    /**
     * Chooses the scanner. Needs {@link PregnancyScreen}, {@link ImplantSafetyRule} and {@link MetalArtifactRule} (at
     * the booked scanner) to have run; reads the limits of every earlier outcome.
     *
     * @return the choice, with a {@code REC-FIELD-*} reason when the site's preference for 1.5 T moved the patient
     */
    @Override
    public RuleOutcome<ScannerChoice> apply(ScreeningContext c) {
        List<Reason> reasons = new ArrayList<>();
        ScannerProfile target = choose(
                c.booked(),
                c.decision(ImplantSafetyRule.class),
                c.constraints(),
                c.decision(MetalArtifactRule.class).marsRequired(),
                c.decision(PregnancyScreen.class).status(),
                c.policy(),
                reasons);
        target = takingTheWeight(target, c.booked(), c.decision(ImplantSafetyRule.class), c.patient(), reasons);
        List<Flag> flags = reasons.stream().anyMatch(r -> r.code().equals(ReasonCode.REC_FIELD_PREGNANCY_ADVICE.code()))
                ? List.of(Flag.PREGNANCY_1_5T_AVAILABLE)
                : List.of();
        return RuleOutcome.of(new ScannerChoice(c.booked(), target))
                .withReasons(reasons)
                .withFlags(flags);
    }

    /**
     * The chosen scanner when its table takes the patient's weight (or either is unknown); else the first scanner
     * whose table is known to take it, at an allowed field strength (the implant's re-route band when there is one); else the chosen one,
     * which then blocks the scan ({@link FeasibilityRule}).
     */
    private static ScannerProfile takingTheWeight(
            ScannerProfile chosen,
            ScannerContext booked,
            ImplantSafety safety,
            PatientScreening patient,
            List<Reason> reasons) {
        Double weightKg = patient.weightKg();
        if (fits(chosen, weightKg) || safety.decision() == ImplantDecision.DO_NOT_SCAN) {
            return chosen;
        }
        List<Double> allowed = safety.constraints().allowedFieldStrengthsT();
        boolean implantRoute = safety.rerouteToScannerId() != null || safety.rerouteToFieldStrengthT() != null;
        Optional<ScannerProfile> other = booked.candidates().stream()
                .filter(s -> s.tableLimitKg() != null && weightKg <= s.tableLimitKg())
                .filter(s -> allowed == null
                        || allowed.stream().anyMatch(a -> FieldStrength.sameBand(a, s.fieldStrengthT())))
                .filter(s -> !implantRoute || FieldStrength.sameBand(s.fieldStrengthT(), chosen.fieldStrengthT()))
                .filter(s -> conditionsNoWorse(patient.implants(), s, chosen))
                .findFirst();
        other.ifPresent(s -> reasons.add(Reason.of(
                ReasonCode.REC_TABLE_LIMIT_REROUTE,
                "Weight " + Range.format(weightKg) + " kg is over the table limit of " + name(chosen) + " ("
                        + Range.format(chosen.tableLimitKg()) + " kg): scan on " + name(s) + " ("
                        + Range.format(s.fieldStrengthT()) + " T, table " + Range.format(s.tableLimitKg()) + " kg).",
                "§7")));
        return other.orElse(chosen);
    }

    /** Every MR Conditional implant's conditions are met on {@code s} at least as well as on {@code chosen}. */
    private static boolean conditionsNoWorse(List<Implant> implants, ScannerProfile s, ScannerProfile chosen) {
        for (Implant imp : implants) {
            if (imp.mrLabel() == MrLabel.MR_CONDITIONAL && imp.conditions() != null) {
                MrConditionsCheck.Status there = MrConditionsCheck.worst(MrConditionsCheck.of(imp, s));
                if (there.compareTo(MrConditionsCheck.worst(MrConditionsCheck.of(imp, chosen))) > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The scanner's table takes the weight, or one of them is not known. */
    static boolean fits(ScannerProfile s, Double weightKg) {
        return weightKg == null || s.tableLimitKg() == null || weightKg <= s.tableLimitKg();
    }

    private static String name(ScannerProfile s) {
        return s.id() == null ? "the booked scanner" : s.id();
    }

    private static ScannerProfile choose(
            ScannerContext booked,
            ImplantSafety safety,
            ScanConstraints limits,
            boolean marsRequired,
            PregnancyStatus pregnancy,
            SitePolicy policy,
            List<Reason> reasons) {
        if (safety.decision() == ImplantDecision.DO_NOT_SCAN) {
            return booked.booked();
        }
        if (safety.rerouteToScannerId() != null || safety.rerouteToFieldStrengthT() != null) {
            return implantReroute(booked, safety);
        }
        Optional<ScannerProfile> at15 = allowed15TInstead(booked, limits);
        if (at15.isEmpty()) {
            return booked.booked();
        }
        if (marsRequired && Boolean.TRUE.equals(policy.mars().prefer1_5T())) {
            reasons.add(metalReason(booked, at15.get()));
            return at15.get();
        }
        if (pregnancy == PregnancyStatus.PREGNANT
                && Boolean.TRUE.equals(policy.pregnancy().prefer1_5T())) {
            reasons.add(Reason.of(ReasonCode.REC_FIELD_PREGNANCY, "Pregnancy: site policy prefers 1.5 T.", "§7")
                    .bySitePolicy("pregnancy.prefer1_5T"));
            return at15.get();
        }
        if (pregnancy == PregnancyStatus.PREGNANT) {
            reasons.add(Reason.of(
                            ReasonCode.REC_FIELD_PREGNANCY_ADVICE,
                            "Pregnancy booked at " + Range.format(booked.fieldStrengthT()) + " T while 1.5 T"
                                    + (at15.get().id() == null
                                            ? ""
                                            : " (" + at15.get().id() + ")")
                                    + " is available: consider 1.5 T (site policy does not require it).",
                            "§7")
                    .bySitePolicy("pregnancy.prefer1_5T"));
        }
        return booked.booked();
    }

    /** The scanner implant safety re-routes to: by id, else by field strength; the booked one when none is found. */
    private static ScannerProfile implantReroute(ScannerContext booked, ImplantSafety safety) {
        return booked.candidates().stream()
                .filter(s -> safety.rerouteToScannerId() != null
                        ? safety.rerouteToScannerId().equals(s.id())
                        : FieldStrength.sameBand(s.fieldStrengthT(), safety.rerouteToFieldStrengthT()))
                .findFirst()
                .orElse(booked.booked());
    }

    /** A 1.5 T scanner to use instead, when the booked one is not 1.5 T and the limits allow 1.5 T. */
    private static Optional<ScannerProfile> allowed15TInstead(ScannerContext booked, ScanConstraints limits) {
        List<Double> allowed = limits.allowedFieldStrengthsT();
        boolean allowed15 = allowed == null || allowed.stream().anyMatch(a -> FieldStrength.sameBand(a, T1_5));
        if (FieldStrength.sameBand(booked.fieldStrengthT(), T1_5) || !allowed15) {
            return Optional.empty();
        }
        return booked.alternatives().stream()
                .filter(s -> FieldStrength.sameBand(s.fieldStrengthT(), T1_5))
                .findFirst();
    }

    private static Reason metalReason(ScannerContext booked, ScannerProfile at15) {
        return Reason.of(
                        ReasonCode.REC_FIELD_MARS,
                        "Metal in or near the field of view: scan at 1.5 T"
                                + (at15.id() == null ? "" : " on " + at15.id()) + " rather than "
                                + booked.fieldStrengthT() + " T.",
                        "§5",
                        "S19",
                        "S20")
                .bySitePolicy("mars.prefer1_5T");
    }
}
