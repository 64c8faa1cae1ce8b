package org.mrpa.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An implant or foreign body found at screening. */
@Schema(description = "An implant or foreign body found at screening")
public record Implant(
        @Schema(description = "Free text, e.g. 'L4-S1 titanium pedicle screws'") @Size(max = 300)
        String description,

        @Schema(required = true) @NotNull ImplantType type,

        @Schema(required = true, description = "ASTM F2503 label; UNKNOWN when not identified") @NotNull
        MrLabel mrLabel,

        @Schema(description = "Spinal levels (e.g. L4-S1) or body part (e.g. left chest)", example = "L4-S1")
        @Size(max = 100)
        String location,

        @Schema(description = "Weeks since implantation, when known") @Min(0) @Max(5200)
        Integer weeksSinceImplant,

        @Schema(description = "Conditions of an MR Conditional device") @Valid
        MrConditions conditions) {}
