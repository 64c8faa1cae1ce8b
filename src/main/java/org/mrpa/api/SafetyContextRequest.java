package org.mrpa.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.conformance.GadoliniumOutcome;
import org.mrpa.conformance.SafetyContext;
import org.mrpa.screening.MrConditions;

/**
 * The safety context of a check by protocol id (the {@code safetyContext} form field, JSON): what a recommendation or
 * an order would have known. Every value is required, so that "none" is said, not assumed.
 */
@Schema(
        name = "SafetyContext",
        description =
                "Safety context of a check by protocolId: implant conditions, gadolinium decision, metal artifact reduction."
                        + " Without it the report carries NO_SAFETY_CONTEXT (WARNING).")
public record SafetyContextRequest(
        @Schema(description = "Conditions of each implant the scan had to respect (empty: no implant)")
        @NotNull
        @Size(max = 20)
        List<@NotNull @Valid MrConditions> implantConditions,

        @Schema(
                description =
                        "The gadolinium decision: GIVE (post-contrast expected) or DO_NOT_GIVE (contrast is CRITICAL)")
        @NotNull
        GadoliniumOutcome gadolinium,

        @Schema(description = "Metal artifact reduction required (no gradient echo, no spectral fat suppression)")
        @NotNull
        Boolean marsRequired) {

    /** The context for the checker. */
    SafetyContext toContext() {
        return new SafetyContext(gadolinium, List.copyOf(implantConditions), marsRequired);
    }
}
