package org.mrpa.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.order.ProtocollingDecision;
import org.mrpa.screening.MrConditions;

/** A radiologist's decision on a question the advice left open (gadolinium or implant), with the reason. */
@Schema(
        description =
                "Gadolinium GIVE (with agent) or DO_NOT_GIVE; implant APPROVED (with the conditions that apply) or "
                        + "DECLINED; why; who decided")
public record DecisionRequest(
        @Schema(required = true) @NotNull ProtocollingDecision.Outcome outcome,

        @Schema(description = "GIVE only: one of the recommendation's agent options", example = "gadobutrol")
        @Size(max = 100)
        String agent,

        @Schema(description = "APPROVED only: the conditions the scan must respect; absent = the recommendation's")
        @Valid
        MrConditions constraints,

        @Schema(
                required = true,
                example = "Suspected abscess; benefit outweighs the unknown fetal risk, discussed with patient")
        @NotBlank
        @Size(max = 2000)
        String reason,

        @Schema(
                required = true,
                description = "Who decided (taken from the signed-in user once sign-in exists)",
                example = "dr.akhan")
        @NotBlank
        @Size(max = 100)
        String decidedBy) {}
