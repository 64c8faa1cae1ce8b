package org.mrpa.screening;

import java.util.ArrayList;
import java.util.HashSet;
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
import org.mrpa.protocol.SitePolicy;

/**
 * Gadolinium decision from the indication's need and the patient's renal function, pregnancy, breastfeeding
 * and prior reactions (clinical reference §3). Site policy decides every {@code [LOCAL]}/{@code [DISAGREE]} item.
 */
public final class GadoliniumRule implements ScreeningRule<GadoliniumAdvice> {

    /**
     * Decides whether, and which, gadolinium to give. Needs {@link PregnancyScreen} and {@link ContrastNeedRule} to
     * have run; intrathecal gadolinium is relevant when the indication or the request's contrast route asks for it,
     * or the protocol is a CSF leak work-up.
     *
     * @return the gadolinium section, the contrast-need reasons first, with its flags
     */
    @Override
    public RuleOutcome<GadoliniumAdvice> apply(ScreeningContext c) {
        ContrastNeedRule.Result need = c.decision(ContrastNeedRule.class);
        boolean intrathecalRelevant = c.match().intrathecalRequested()
                || c.protocol().family() == Family.CSF_LEAK
                || c.contrastRoute().filter(ContrastRoute.INTRATHECAL::equals).isPresent();
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
     * Decides whether, and which, gadolinium to give: the most restrictive of what the indication needs, renal
     * function, pregnancy and prior reactions; then the agents the site offers that the patient may have, with doses.
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
        Findings f = new Findings();
        if (intrathecalRelevant) {
            f.add(
                    Reason.of(
                            ReasonCode.GAD_INTRATHECAL,
                            "Intrathecal gadolinium is contraindicated: not approved, boxed warning on every label "
                                    + "(seizures, coma, encephalopathy, death).",
                            "§3.1",
                            "S3"),
                    Flag.INTRATHECAL_GBCA_NOT_APPROVED);
        }
        List<GadoliniumAdvice.AgentToAvoid> toAvoid = avoid(g, culprits(p));
        if (need == ContrastNeed.NOT_NEEDED || need == ContrastNeed.OPTIONAL) {
            notIndicated(need, f);
            return new GadoliniumAdvice(
                    GadoliniumDecision.NOT_INDICATED,
                    need,
                    null,
                    List.of(),
                    toAvoid,
                    false,
                    intrathecalRelevant,
                    f.flags(),
                    f.reasons());
        }
        GadoliniumDecision decision = indicationDecision(need, f)
                .atLeast(RenalFunction.assess(p, g, f))
                .atLeast(pregnancy(pregnancy, g, f));
        breastfeeding(p, f);
        ContrastReactions.Assessment reactions = ContrastReactions.assess(p, g, f);
        decision = decision.atLeast(reactions.decision());
        List<GadoliniumAdvice.AgentOption> options = List.of();
        if (decision.plansContrast()) {
            options = agentOptions(g, p.weightKg(), toAvoid);
            decision = decision.atLeast(doseNotes(options, p, g, f));
        }
        return new GadoliniumAdvice(
                decision,
                need,
                options.isEmpty() ? null : g.agentGroup(),
                options,
                toAvoid,
                reactions.premedication(),
                intrathecalRelevant,
                f.flags(),
                f.reasons());
    }

    private static void notIndicated(ContrastNeed need, Findings f) {
        f.add(Reason.of(
                need == ContrastNeed.OPTIONAL ? ReasonCode.GAD_OPTIONAL : ReasonCode.GAD_NOT_NEEDED,
                need == ContrastNeed.OPTIONAL
                        ? "Contrast is optional for this indication: the protocol is complete without it; a "
                                + "radiologist may still add it."
                        : "The indication does not need contrast.",
                "§1.3",
                "S15"));
    }

    /** What the indication alone allows: give when contrast is part of the protocol, else the radiologist decides. */
    private static GadoliniumDecision indicationDecision(ContrastNeed need, Findings f) {
        if (need == ContrastNeed.RADIOLOGIST_DECISION) {
            f.add(Reason.of(
                    ReasonCode.GAD_NEED_RADIOLOGIST,
                    "Contrast for this indication is a radiologist decision.",
                    "§1.3"));
        }
        return need == ContrastNeed.REQUIRED ? GadoliniumDecision.GIVE : GadoliniumDecision.RADIOLOGIST_DECISION;
    }

    /** Pregnancy: radiologist decision; unknown status: hold or radiologist decision by site policy (§3.3). */
    private static GadoliniumDecision pregnancy(PregnancyStatus status, SitePolicy.Gadolinium g, Findings f) {
        if (status == PregnancyStatus.PREGNANT) {
            f.add(
                    Reason.of(
                            ReasonCode.GAD_PREGNANCY,
                            "Pregnancy: gadolinium is not routine; only if the benefit clearly outweighs the unknown "
                                    + "fetal risk, decided by radiologist, referrer and patient and documented. Default: avoid.",
                            "§3.3",
                            "S1"),
                    Flag.DOCUMENT_RISK_BENEFIT);
            return GadoliniumDecision.RADIOLOGIST_DECISION;
        }
        if (status != PregnancyStatus.UNKNOWN) {
            return GadoliniumDecision.GIVE;
        }
        boolean hold = g.unknownPregnancy() == SitePolicy.UnknownPregnancyStance.HOLD;
        f.add(
                Reason.of(
                                ReasonCode.GAD_PREGNANCY_UNKNOWN,
                                hold
                                        ? "Pregnancy status unknown: hold gadolinium until the institutional "
                                                + "pregnancy screen resolves it, then ask again."
                                        : "Pregnancy status unknown: radiologist decides after the institutional screen.",
                                "§3.3",
                                "S1")
                        .bySitePolicy("gadolinium.unknownPregnancy"),
                Flag.PREGNANCY_STATUS_UNKNOWN);
        return hold ? GadoliniumDecision.AVOID : GadoliniumDecision.RADIOLOGIST_DECISION;
    }

    private static void breastfeeding(PatientScreening p, Findings f) {
        if (Boolean.TRUE.equals(p.breastfeeding())) {
            f.add(
                    Reason.of(
                            ReasonCode.GAD_BREASTFEEDING,
                            "Breastfeeding need not be interrupted: < 0.04 % of the dose reaches milk in 24 h "
                                    + "and < 1 % of that is absorbed; the mother may choose to pump and discard for 12-24 h.",
                            "§3.3",
                            "S1",
                            "S4"),
                    Flag.BREASTFEEDING_NO_INTERRUPTION);
        }
    }

    /** Prior allergic-like reactions to a GBCA (not physiologic ones): their agents are not to be used again. */
    private static List<PriorReaction> culprits(PatientScreening p) {
        return p.priorContrastReactions().stream()
                .filter(r -> r.contrastClass() == ContrastClass.GBCA
                        && r.effectiveSeverity() != ReactionSeverity.PHYSIOLOGIC)
                .toList();
    }

    /** The agents the site offers, less those to avoid, with the dose for the patient's weight. */
    private static List<GadoliniumAdvice.AgentOption> agentOptions(
            SitePolicy.Gadolinium g, Double weightKg, List<GadoliniumAdvice.AgentToAvoid> toAvoid) {
        Set<String> avoided = new HashSet<>();
        toAvoid.forEach(a -> avoided.add(a.agent()));
        List<GadoliniumAdvice.AgentOption> options = new ArrayList<>();
        for (GadoliniumAgent a : offered(g)) {
            if (!avoided.contains(a.name())) {
                options.add(dose(a, weightKg, g.volumeCapMl()));
            }
        }
        return options;
    }

    /**
     * What the doses say: no agent left (radiologist decision), no weight for the totals, a volume over the site's
     * cap.
     */
    private static GadoliniumDecision doseNotes(
            List<GadoliniumAdvice.AgentOption> options, PatientScreening p, SitePolicy.Gadolinium g, Findings f) {
        GadoliniumDecision d = GadoliniumDecision.GIVE;
        if (options.isEmpty()) {
            d = GadoliniumDecision.RADIOLOGIST_DECISION;
            f.add(Reason.of(
                    ReasonCode.GAD_NO_AGENT_AVAILABLE,
                    "Every agent the site offers is excluded for this patient.",
                    "§3.4",
                    "S1"));
        }
        if (p.weightKg() == null) {
            f.add(
                    Reason.of(
                            ReasonCode.GAD_WEIGHT_UNKNOWN,
                            "Weight not given: total dose and volume need the actual body weight.",
                            "§3.1",
                            "S1"),
                    Flag.WEIGHT_UNKNOWN);
        }
        if (options.stream().anyMatch(GadoliniumAdvice.AgentOption::exceedsVolumeCap)) {
            f.add(Reason.of(
                            ReasonCode.GAD_VOLUME_CAP,
                            "The labelled dose exceeds the site's volume cap of " + g.volumeCapMl()
                                    + " mL; the dose is not reduced below label, the radiologist decides.",
                            "§3.1",
                            "S1")
                    .bySitePolicy("gadolinium.volumeCapMl"));
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

    /** Agents not to use: those of prior reactions first, then group I, non-spine and (by site policy) linear ones. */
    private static List<GadoliniumAdvice.AgentToAvoid> avoid(SitePolicy.Gadolinium g, List<PriorReaction> culprits) {
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
                        "prior " + r.effectiveSeverity().name().toLowerCase(Locale.ROOT)
                                + " reaction to this agent (S1, S3)");
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
