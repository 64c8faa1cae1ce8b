package org.mrpa.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A technologist's choice of another protocol for an order. */
@Schema(description = "The catalog protocol to use for this order instead of the recommended one, why, and who decided")
public record OverrideRequest(
        @Schema(required = true, example = "deg-lumbar-abbreviated") @NotBlank @Size(max = 100)
        String protocolId,

        @Schema(required = true, example = "Patient could not lie flat for the full protocol")
        @NotBlank
        @Size(max = 2000)
        String reason,

        @Schema(required = true, example = "tech.mlopez") @NotBlank @Size(max = 100)
        String overriddenBy) {}
