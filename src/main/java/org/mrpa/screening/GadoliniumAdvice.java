package org.mrpa.screening;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.advice.Flag;
import org.mrpa.advice.GadoliniumDecision;
import org.mrpa.advice.Reason;
import org.mrpa.protocol.ContrastNeed;
import org.mrpa.protocol.SitePolicy;

/** The gadolinium decision with agent options, doses, agents to avoid and premedication stance (§3). */
@Schema(description = "Gadolinium decision with agent options and doses")
public record GadoliniumAdvice(
        GadoliniumDecision decision,

        @Schema(description = "What the indication needs, before patient factors")
        ContrastNeed indicationNeed,

        @Schema(description = "Agent group offered; null when no agent is offered", nullable = true)
        SitePolicy.AgentGroup agentGroup,

        @Schema(description = "Agents that may be used, in the site's order, with dose for the patient's weight")
        List<AgentOption> agents,

        List<AgentToAvoid> agentsToAvoid,

        @Schema(description = "Premedication is to be considered (regimens in the ACR Manual, S1)")
        boolean premedicationToConsider,

        @Schema(description = "Intrathecal gadolinium is never offered (boxed warning on every label, S3)")
        boolean intrathecalContraindicated,

        List<Flag> flags,
        List<Reason> reasons) {

    /** This advice with other reasons before its own (the indication's contrast need, decided before it). */
    public GadoliniumAdvice withReasonsFirst(List<Reason> earlier) {
        List<Reason> all = new ArrayList<>(earlier);
        all.addAll(reasons);
        return new GadoliniumAdvice(
                decision,
                indicationNeed,
                agentGroup,
                agents,
                agentsToAvoid,
                premedicationToConsider,
                intrathecalContraindicated,
                flags,
                all);
    }

    /** An agent with its labelled dose and, when the weight is known, total dose and volume. */
    @Schema(description = "An agent with labelled dose; totals need the patient's weight")
    public record AgentOption(
            String agent,
            String structure,
            String acrGroup,
            @Schema(description = "Labelled dose (mmol/kg)") double doseMmolPerKg,
            @Schema(description = "Concentration (mmol/mL)") double concentrationMolar,

            @Schema(description = "Total dose (mmol) for the patient's weight; null without weight", nullable = true)
            Double totalDoseMmol,

            @Schema(description = "Volume (mL) for the patient's weight; null without weight", nullable = true)
            Double volumeMl,

            @Schema(
                    description =
                            "True when the volume is over the site cap (the dose is not reduced; radiologist decides)")
            boolean exceedsVolumeCap,

            String note) {}

    /** An agent not to use, and why. */
    public record AgentToAvoid(String agent, String reason) {}
}
