package org.mrpa.screening;

import java.util.Comparator;
import java.util.List;
import org.mrpa.advice.Flag;
import org.mrpa.advice.GadoliniumDecision;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.protocol.SitePolicy;

/** Prior contrast reactions for gadolinium (clinical reference §3.4): the worst GBCA reaction decides. */
final class ContrastReactions {

    /** What prior reactions allow, and whether premedication is to be considered. */
    record Assessment(GadoliniumDecision decision, boolean premedication) {}

    private ContrastReactions() {}

    /** Decides what the patient's prior reactions allow, recording flags and reasons. */
    static Assessment assess(PatientScreening p, SitePolicy.Gadolinium g, Findings f) {
        List<PriorReaction> gbca = p.priorContrastReactions().stream()
                .filter(r -> r.contrastClass() == ContrastClass.GBCA)
                .toList();
        if (gbca.isEmpty()) {
            if (!p.priorContrastReactions().isEmpty()) {
                f.add(Reason.of(
                        ReasonCode.GAD_REACTION_IODINATED_ONLY,
                        "Reaction to iodinated contrast only: not an indication for " + "GBCA premedication.",
                        "§3.4",
                        "S1"));
            }
            return new Assessment(GadoliniumDecision.GIVE, false);
        }
        ReactionSeverity worst = gbca.stream()
                .map(PriorReaction::effectiveSeverity)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Assessment a = switch (worst) {
            case PHYSIOLOGIC -> physiologic(f);
            case MILD -> mild(g, f);
            case MODERATE -> moderate(f);
            case SEVERE -> severe(f);
        };
        boolean agentUnknown = gbca.stream()
                .anyMatch(r -> r.effectiveSeverity() != ReactionSeverity.PHYSIOLOGIC
                        && (r.agent() == null || r.agent().isBlank()));
        return agentUnknown ? new Assessment(unknownAgent(a.decision(), f), a.premedication()) : a;
    }

    private static Assessment physiologic(Findings f) {
        f.add(Reason.of(
                ReasonCode.GAD_REACTION_PHYSIOLOGIC,
                "Prior physiologic reaction (nausea, warmth, vasovagal): " + "give; no premedication.",
                "§3.4",
                "S1"));
        return new Assessment(GadoliniumDecision.GIVE, false);
    }

    private static Assessment mild(SitePolicy.Gadolinium g, Findings f) {
        boolean consider = g.mildReactionPremedication() == SitePolicy.PremedicationStance.CONSIDER;
        if (consider) {
            f.flag(Flag.PREMEDICATION_CONSIDER);
        }
        f.add(
                Reason.of(
                                ReasonCode.GAD_REACTION_MILD,
                                "Prior mild allergic-like reaction to a GBCA: give, preferably a different agent; "
                                        + (consider
                                                ? "site policy: consider premedication."
                                                : "routine premedication not required."),
                                "§3.4",
                                "S1",
                                "S6")
                        .bySitePolicy("gadolinium.mildReactionPremedication"),
                Flag.PRIOR_REACTION_MILD,
                Flag.USE_DIFFERENT_AGENT);
        return new Assessment(GadoliniumDecision.GIVE, consider);
    }

    private static Assessment moderate(Findings f) {
        f.add(
                Reason.of(
                        ReasonCode.GAD_REACTION_MODERATE,
                        "Prior moderate reaction to a GBCA: radiologist decision; different agent, "
                                + "with or without premedication.",
                        "§3.4",
                        "S1",
                        "S6"),
                Flag.PRIOR_REACTION_MODERATE,
                Flag.USE_DIFFERENT_AGENT,
                Flag.PREMEDICATION_CONSIDER);
        return new Assessment(GadoliniumDecision.RADIOLOGIST_DECISION, true);
    }

    private static Assessment severe(Findings f) {
        f.add(
                Reason.of(
                        ReasonCode.GAD_REACTION_SEVERE,
                        "Prior severe reaction to a GBCA: avoid unless essential; the culprit agent is "
                                + "label-contraindicated; if essential, a different agent with premedication and resuscitation ready.",
                        "§3.4",
                        "S1",
                        "S3",
                        "S6"),
                Flag.PRIOR_REACTION_SEVERE,
                Flag.USE_DIFFERENT_AGENT,
                Flag.PREMEDICATION_CONSIDER,
                Flag.RESUSCITATION_READY,
                Flag.DOCUMENT_RISK_BENEFIT);
        return new Assessment(GadoliniumDecision.RADIOLOGIST_DECISION, true);
    }

    /** The agent of an allergic-like reaction is not known: a different agent cannot be assured. */
    private static GadoliniumDecision unknownAgent(GadoliniumDecision d, Findings f) {
        f.add(Reason.of(
                ReasonCode.GAD_REACTION_AGENT_UNKNOWN,
                "The agent of a prior allergic-like reaction is not known, so a different "
                        + "agent cannot be assured: identify it, or the radiologist decides.",
                "§3.4",
                "S1"));
        return d.atLeast(GadoliniumDecision.RADIOLOGIST_DECISION);
    }
}
