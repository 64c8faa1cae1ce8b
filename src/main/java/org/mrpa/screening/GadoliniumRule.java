package org.mrpa.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mrpa.advice.Flag;
import org.mrpa.advice.GadoliniumDecision;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.protocol.ContrastNeed;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.GadoliniumAgent;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.SitePolicy;

/**
 * Gadolinium decision from the indication's need and the patient's renal function, pregnancy, breastfeeding
 * and prior reactions (clinical reference §3). Site policy decides every {@code [LOCAL]}/{@code [DISAGREE]} item.
 */
public final class GadoliniumRule implements ScreeningRule<GadoliniumAdvice> {

    private static final double ACR_NKF_THRESHOLD = 30.0;

    /**
     * Decides whether, and which, gadolinium to give. Needs {@link PregnancyScreen} and {@link ContrastNeedRule} to
     * have run; intrathecal gadolinium is relevant when the indication asks for it or the protocol is a CSF leak
     * work-up.
     *
     * @return the gadolinium section, the contrast-need reasons first, with its flags
     */
    @Override
    public RuleOutcome<GadoliniumAdvice> apply(ScreeningContext c) {
        ContrastNeedRule.Result need = c.decision(ContrastNeedRule.class);
        boolean intrathecalRelevant =
                c.match().intrathecalRequested() || c.protocol().family() == Family.CSF_LEAK;
        GadoliniumAdvice advice = evaluate(
                        need.need(),
                        c.patient(),
                        c.decision(PregnancyScreen.class).status(),
                        intrathecalRelevant,
                        c.policy())
                .withReasonsFirst(need.reasons());
        return RuleOutcome.of(advice).withFlags(advice.flags());
    }

    /**
     * Decides whether, and which, gadolinium to give.
     *
     * @param need                what the indication needs (from {@link ContrastNeedRule})
     * @param pregnancy           effective pregnancy status ({@link PregnancyScreen})
     * @param intrathecalRelevant the indication asks for intrathecal gadolinium or is a CSF leak work-up
     */
    GadoliniumAdvice evaluate(
            ContrastNeed need,
            PatientScreening p,
            PregnancyStatus pregnancy,
            boolean intrathecalRelevant,
            SitePolicy policy) {
        SitePolicy.Gadolinium g = policy.gadolinium();
        List<Reason> reasons = new ArrayList<>();
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (intrathecalRelevant) {
            flags.add(Flag.INTRATHECAL_GBCA_NOT_APPROVED);
            reasons.add(Reason.of(
                    ReasonCode.GAD_INTRATHECAL,
                    "Intrathecal gadolinium is contraindicated: not approved, boxed warning on every label "
                            + "(seizures, coma, encephalopathy, death).",
                    "§3.1",
                    "S3"));
        }
        if (need == ContrastNeed.NOT_NEEDED || need == ContrastNeed.OPTIONAL) {
            reasons.add(Reason.of(
                    need == ContrastNeed.OPTIONAL ? ReasonCode.GAD_OPTIONAL : ReasonCode.GAD_NOT_NEEDED,
                    need == ContrastNeed.OPTIONAL
                            ? "The protocol is complete without contrast; a radiologist may still add it."
                            : "The indication does not need contrast.",
                    "§1.3",
                    "S15"));
            List<PriorReaction> culprits = p.priorContrastReactions().stream()
                    .filter(r ->
                            r.contrastClass() == ContrastClass.GBCA && r.severity() != ReactionSeverity.PHYSIOLOGIC)
                    .toList();
            return new GadoliniumAdvice(
                    GadoliniumDecision.NOT_INDICATED,
                    need,
                    null,
                    List.of(),
                    avoid(g, culprits, reasons),
                    false,
                    intrathecalRelevant,
                    List.copyOf(flags),
                    reasons);
        }
        GadoliniumDecision decision =
                need == ContrastNeed.REQUIRED ? GadoliniumDecision.GIVE : GadoliniumDecision.RADIOLOGIST_DECISION;
        if (need == ContrastNeed.RADIOLOGIST_DECISION) {
            reasons.add(Reason.of(
                    ReasonCode.GAD_NEED_RADIOLOGIST,
                    "Contrast for this indication is a radiologist decision.",
                    "§1.3"));
        }
        decision = decision.atLeast(renal(p, g, reasons, flags));
        decision = decision.atLeast(pregnancy(pregnancy, g, reasons, flags));
        if (Boolean.TRUE.equals(p.breastfeeding())) {
            flags.add(Flag.BREASTFEEDING_NO_INTERRUPTION);
            reasons.add(Reason.of(
                    ReasonCode.GAD_BREASTFEEDING,
                    "Breastfeeding need not be interrupted: < 0.04 % of the dose reaches milk in 24 h "
                            + "and < 1 % of that is absorbed; the mother may choose to pump and discard for 12-24 h.",
                    "§3.3",
                    "S1",
                    "S4"));
        }
        boolean[] premedication = {false};
        List<PriorReaction> culprits = new ArrayList<>();
        decision = decision.atLeast(reactions(p, g, reasons, flags, premedication, culprits));

        List<GadoliniumAdvice.AgentToAvoid> toAvoid = avoid(g, culprits, reasons);
        List<GadoliniumAdvice.AgentOption> options = new ArrayList<>();
        if (decision == GadoliniumDecision.GIVE || decision == GadoliniumDecision.RADIOLOGIST_DECISION) {
            Set<String> avoided = new java.util.HashSet<>();
            toAvoid.forEach(a -> avoided.add(a.agent()));
            for (GadoliniumAgent a : offered(g)) {
                if (!avoided.contains(a.name())) {
                    options.add(dose(a, p.weightKg(), g.volumeCapMl()));
                }
            }
            if (options.isEmpty()) {
                decision = decision.atLeast(GadoliniumDecision.RADIOLOGIST_DECISION);
                reasons.add(Reason.of(
                        ReasonCode.GAD_NO_AGENT_AVAILABLE,
                        "Every agent the site offers is excluded for this patient.",
                        "§3.4",
                        "S1"));
            }
            if (p.weightKg() == null) {
                flags.add(Flag.WEIGHT_UNKNOWN);
                reasons.add(Reason.of(
                        ReasonCode.GAD_WEIGHT_UNKNOWN,
                        "Weight not given: total dose and volume need the actual body weight.",
                        "§3.1",
                        "S1"));
            }
            if (options.stream().anyMatch(GadoliniumAdvice.AgentOption::exceedsVolumeCap)) {
                reasons.add(Reason.of(
                                ReasonCode.GAD_VOLUME_CAP,
                                "The labelled dose exceeds the site's volume cap of " + g.volumeCapMl()
                                        + " mL; the dose is not reduced below label, the radiologist decides.",
                                "§3.1",
                                "S1")
                        .bySitePolicy("gadolinium.volumeCapMl"));
            }
        }
        return new GadoliniumAdvice(
                decision,
                need,
                options.isEmpty() ? null : g.agentGroup(),
                options,
                toAvoid,
                premedication[0],
                intrathecalRelevant,
                List.copyOf(flags),
                reasons);
    }

    private static GadoliniumDecision renal(
            PatientScreening p, SitePolicy.Gadolinium g, List<Reason> reasons, Set<Flag> flags) {
        GadoliniumDecision d = GadoliniumDecision.GIVE;
        boolean severe = false;
        Double egfr = p.egfr();
        switch (p.dialysisOrNone()) {
            case HEMODIALYSIS -> {
                severe = true;
                if (g.hemodialysis() == SitePolicy.HemodialysisStance.COORDINATE) {
                    flags.add(Flag.DIALYSIS_COORDINATION);
                    reasons.add(Reason.of(
                                    ReasonCode.GAD_DIALYSIS_HD,
                                    "Haemodialysis: group II agent; scan shortly before the next routine dialysis.",
                                    "§3.2",
                                    "S1")
                            .bySitePolicy("gadolinium.hemodialysis"));
                } else {
                    reasons.add(Reason.of(
                                    ReasonCode.GAD_DIALYSIS_HD,
                                    "Haemodialysis: group II agent; no change to the dialysis schedule is needed.",
                                    "§3.2",
                                    "S2")
                            .bySitePolicy("gadolinium.hemodialysis"));
                }
            }
            case PERITONEAL -> {
                severe = true;
                reasons.add(Reason.of(
                        ReasonCode.GAD_DIALYSIS_PD,
                        "Peritoneal dialysis: group II agent when indicated.",
                        "§3.2",
                        "S1",
                        "S2"));
                if (Boolean.TRUE.equals(g.peritonealDialysisPreferCt())) {
                    flags.add(Flag.ALTERNATIVE_IMAGING_SUGGESTED);
                    d = GadoliniumDecision.RADIOLOGIST_DECISION;
                    reasons.add(Reason.of(
                                    ReasonCode.GAD_DIALYSIS_PD_CT,
                                    "Site policy prefers CT for peritoneal dialysis patients when equally diagnostic.",
                                    "§3.2",
                                    "S1")
                            .bySitePolicy("gadolinium.peritonealDialysisPreferCt"));
                }
            }
            case NONE -> {
                if (p.hasAki()) {
                    severe = true;
                    flags.add(Flag.AKI_EGFR_UNRELIABLE);
                    reasons.add(Reason.of(
                            ReasonCode.GAD_AKI,
                            "Acute kidney injury: eGFR is unreliable while creatinine is unstable; treat as eGFR < 30.",
                            "§3.2",
                            "S2"));
                } else if (egfr != null && egfr < ACR_NKF_THRESHOLD) {
                    severe = true;
                    flags.add(Flag.EGFR_BELOW_30);
                    reasons.add(Reason.of(
                            ReasonCode.GAD_EGFR_LT30,
                            "eGFR " + Range.format(egfr) + " < 30: group II agent at standard dose when indicated; "
                                    + "0 NSF in 4,931 group II doses at eGFR < 30, and withholding may harm more.",
                            "§3.2",
                            "S2"));
                } else if (egfr != null && egfr < g.egfrThreshold()) {
                    severe = true;
                    flags.add(Flag.EGFR_BELOW_SITE_THRESHOLD);
                    reasons.add(Reason.of(
                                    ReasonCode.GAD_EGFR_LT_SITE_THRESHOLD,
                                    "eGFR " + Range.format(egfr) + " is below the site threshold of "
                                            + Range.format(g.egfrThreshold()) + " (ACR-NKF uses < 30).",
                                    "§3.2",
                                    "S1",
                                    "S2")
                            .bySitePolicy("gadolinium.egfrThreshold"));
                } else if (egfr != null) {
                    reasons.add(Reason.of(
                            ReasonCode.GAD_EGFR_GE30,
                            "eGFR " + Range.format(egfr) + " >= 30: group II agent without renal precautions "
                                    + "(the threshold is < 30).",
                            "§3.2",
                            "S1",
                            "S2"));
                } else if (Boolean.TRUE.equals(g.egfrRequired())) {
                    flags.add(Flag.EGFR_REQUIRED);
                    d = GadoliniumDecision.RADIOLOGIST_DECISION;
                    reasons.add(Reason.of(
                                    ReasonCode.GAD_EGFR_MISSING,
                                    "No eGFR, and site policy requires one before gadolinium.",
                                    "§3.2",
                                    "S3")
                            .bySitePolicy("gadolinium.egfrRequired"));
                } else {
                    reasons.add(Reason.of(
                                    ReasonCode.GAD_EGFR_NOT_REQUIRED,
                                    "No eGFR: renal screening is optional for group II agents (ACR-NKF).",
                                    "§3.2",
                                    "S2")
                            .bySitePolicy("gadolinium.egfrRequired"));
                }
            }
        }
        if (severe) {
            flags.add(Flag.DOCUMENT_RISK_BENEFIT);
            reasons.add(Reason.of(
                    ReasonCode.GAD_LABEL_DOSE,
                    "Labelled dose: no dose reduction for renal reasons; document the indication.",
                    "§3.1",
                    "S1",
                    "S2"));
            if (g.severeRenalImpairment() == SitePolicy.SevereRenalStance.RADIOLOGIST_DECISION) {
                d = d.atLeast(GadoliniumDecision.RADIOLOGIST_DECISION);
                reasons.add(Reason.of(
                                ReasonCode.GAD_RENAL_RADIOLOGIST,
                                "Site policy: severe renal impairment or AKI needs a radiologist decision "
                                        + "(FDA labels: avoid unless essential; ESUR: lowest-risk agent, caution).",
                                "§3.2",
                                "S3",
                                "S4")
                        .bySitePolicy("gadolinium.severeRenalImpairment"));
            }
        }
        return d;
    }

    private static GadoliniumDecision pregnancy(
            PregnancyStatus status, SitePolicy.Gadolinium g, List<Reason> reasons, Set<Flag> flags) {
        if (status == PregnancyStatus.PREGNANT) {
            flags.add(Flag.DOCUMENT_RISK_BENEFIT);
            reasons.add(Reason.of(
                    ReasonCode.GAD_PREGNANCY,
                    "Pregnancy: gadolinium is not routine; only if the benefit clearly outweighs the unknown "
                            + "fetal risk, decided by radiologist, referrer and patient and documented. Default: avoid.",
                    "§3.3",
                    "S1"));
            return GadoliniumDecision.RADIOLOGIST_DECISION;
        }
        if (status == PregnancyStatus.UNKNOWN) {
            flags.add(Flag.PREGNANCY_STATUS_UNKNOWN);
            if (g.unknownPregnancy() == SitePolicy.UnknownPregnancyStance.HOLD) {
                reasons.add(Reason.of(
                                ReasonCode.GAD_PREGNANCY_UNKNOWN,
                                "Pregnancy status unknown: hold gadolinium until the institutional "
                                        + "pregnancy screen resolves it, then ask again.",
                                "§3.3",
                                "S1")
                        .bySitePolicy("gadolinium.unknownPregnancy"));
                return GadoliniumDecision.AVOID;
            }
            reasons.add(Reason.of(
                            ReasonCode.GAD_PREGNANCY_UNKNOWN,
                            "Pregnancy status unknown: radiologist decides after the institutional screen.",
                            "§3.3",
                            "S1")
                    .bySitePolicy("gadolinium.unknownPregnancy"));
            return GadoliniumDecision.RADIOLOGIST_DECISION;
        }
        return GadoliniumDecision.GIVE;
    }

    private static GadoliniumDecision reactions(
            PatientScreening p,
            SitePolicy.Gadolinium g,
            List<Reason> reasons,
            Set<Flag> flags,
            boolean[] premedication,
            List<PriorReaction> culprits) {
        List<PriorReaction> gbca = p.priorContrastReactions().stream()
                .filter(r -> r.contrastClass() == ContrastClass.GBCA)
                .toList();
        if (gbca.isEmpty()) {
            if (!p.priorContrastReactions().isEmpty()) {
                reasons.add(Reason.of(
                        ReasonCode.GAD_REACTION_IODINATED_ONLY,
                        "Reaction to iodinated contrast only: not an indication for " + "GBCA premedication.",
                        "§3.4",
                        "S1"));
            }
            return GadoliniumDecision.GIVE;
        }
        ReactionSeverity worst = gbca.stream()
                .map(PriorReaction::severity)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        gbca.stream().filter(r -> r.severity() != ReactionSeverity.PHYSIOLOGIC).forEach(culprits::add);
        GadoliniumDecision d = GadoliniumDecision.GIVE;
        switch (worst) {
            case PHYSIOLOGIC ->
                reasons.add(Reason.of(
                        ReasonCode.GAD_REACTION_PHYSIOLOGIC,
                        "Prior physiologic reaction (nausea, warmth, vasovagal): " + "give; no premedication.",
                        "§3.4",
                        "S1"));
            case MILD -> {
                flags.add(Flag.PRIOR_REACTION_MILD);
                flags.add(Flag.USE_DIFFERENT_AGENT);
                boolean consider = g.mildReactionPremedication() == SitePolicy.PremedicationStance.CONSIDER;
                premedication[0] = consider;
                if (consider) {
                    flags.add(Flag.PREMEDICATION_CONSIDER);
                }
                reasons.add(Reason.of(
                                ReasonCode.GAD_REACTION_MILD,
                                "Prior mild allergic-like reaction to a GBCA: give, preferably a different agent; "
                                        + (consider
                                                ? "site policy: consider premedication."
                                                : "routine premedication not required."),
                                "§3.4",
                                "S1",
                                "S6")
                        .bySitePolicy("gadolinium.mildReactionPremedication"));
            }
            case MODERATE -> {
                flags.add(Flag.PRIOR_REACTION_MODERATE);
                flags.add(Flag.USE_DIFFERENT_AGENT);
                flags.add(Flag.PREMEDICATION_CONSIDER);
                premedication[0] = true;
                d = GadoliniumDecision.RADIOLOGIST_DECISION;
                reasons.add(Reason.of(
                        ReasonCode.GAD_REACTION_MODERATE,
                        "Prior moderate reaction to a GBCA: radiologist decision; different agent, "
                                + "with or without premedication.",
                        "§3.4",
                        "S1",
                        "S6"));
            }
            case SEVERE -> {
                flags.add(Flag.PRIOR_REACTION_SEVERE);
                flags.add(Flag.USE_DIFFERENT_AGENT);
                flags.add(Flag.PREMEDICATION_CONSIDER);
                flags.add(Flag.RESUSCITATION_READY);
                flags.add(Flag.DOCUMENT_RISK_BENEFIT);
                premedication[0] = true;
                d = GadoliniumDecision.RADIOLOGIST_DECISION;
                reasons.add(Reason.of(
                        ReasonCode.GAD_REACTION_SEVERE,
                        "Prior severe reaction to a GBCA: avoid unless essential; the culprit agent is "
                                + "label-contraindicated; if essential, a different agent with premedication and resuscitation ready.",
                        "§3.4",
                        "S1",
                        "S3",
                        "S6"));
            }
        }
        if (culprits.stream().anyMatch(r -> r.agent() == null || r.agent().isBlank())) {
            d = d.atLeast(GadoliniumDecision.RADIOLOGIST_DECISION);
            reasons.add(Reason.of(
                    ReasonCode.GAD_REACTION_AGENT_UNKNOWN,
                    "The agent of a prior allergic-like reaction is not known, so a different "
                            + "agent cannot be assured: identify it, or the radiologist decides.",
                    "§3.4",
                    "S1"));
        }
        return d;
    }

    /** Agents the site offers for spine imaging: group II (macrocyclic only unless the site allows any group II). */
    private static List<GadoliniumAgent> offered(SitePolicy.Gadolinium g) {
        return g.agents().stream()
                .filter(a -> "II".equals(a.acrGroup()) && a.spineUse())
                .filter(a -> g.agentGroup() == SitePolicy.AgentGroup.ACR_II
                        || a.structure() == GadoliniumAgent.Structure.MACROCYCLIC)
                .toList();
    }

    private static List<GadoliniumAdvice.AgentToAvoid> avoid(
            SitePolicy.Gadolinium g, List<PriorReaction> culprits, List<Reason> reasons) {
        Map<String, String> out = new LinkedHashMap<>();
        for (PriorReaction r : culprits) {
            if (r.agent() != null && !r.agent().isBlank()) {
                Optional<GadoliniumAgent> known = g.agents().stream()
                        .filter(a -> a.name().equalsIgnoreCase(r.agent().trim()))
                        .findFirst();
                String name =
                        known.map(GadoliniumAgent::name).orElse(r.agent().trim().toLowerCase(Locale.ROOT));
                out.put(
                        name,
                        "prior " + r.severity().name().toLowerCase(Locale.ROOT) + " reaction to this agent (S1, S3)");
            }
        }
        for (GadoliniumAgent a : g.agents()) {
            if ("I".equals(a.acrGroup())) {
                out.putIfAbsent(a.name(), "ACR group I: never; label-contraindicated if eGFR < 30 or AKI (S1, S3, S5)");
            } else if (!a.spineUse()) {
                out.putIfAbsent(a.name(), "not for spine imaging (S1)");
            } else if (g.agentGroup() == SitePolicy.AgentGroup.ACR_II_MACROCYCLIC
                    && a.structure() == GadoliniumAgent.Structure.LINEAR) {
                out.putIfAbsent(
                        a.name(),
                        "linear agent; site policy offers group II macrocyclic agents only (site-policy gadolinium.agentGroup)");
            }
        }
        List<GadoliniumAdvice.AgentToAvoid> list = new ArrayList<>();
        out.forEach((k, v) -> list.add(new GadoliniumAdvice.AgentToAvoid(k, v)));
        return list;
    }

    static GadoliniumAdvice.AgentOption dose(GadoliniumAgent a, Double weightKg, Double capMl) {
        Double total = weightKg == null ? null : round(a.doseMmolPerKg() * weightKg, 100);
        Double volume = total == null ? null : round(total / a.concentrationMolar(), 10);
        boolean over = capMl != null && volume != null && volume > capMl;
        return new GadoliniumAdvice.AgentOption(
                a.name(),
                a.structure().name(),
                a.acrGroup(),
                a.doseMmolPerKg(),
                a.concentrationMolar(),
                total,
                volume,
                over,
                a.note());
    }

    private static double round(double v, int scale) {
        return Math.round(v * scale) / (double) scale;
    }
}
