package org.mrpa.screening;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.protocol.ScannerProfile;

/**
 * Conditions a label sets at one field strength (e.g. Normal mode at 3 T, First Level at 1.5 T); each value given
 * overrides the label's top-level one at that field strength (§4.2; S10, S12). Null = no override.
 */
@Schema(
        description =
                "Conditions at one field strength; each value given overrides the top-level one at that field strength")
public record FieldStrengthConditions(
        @Schema(required = true, description = "Field strength these conditions apply at (T)", example = "3.0")
        @NotNull
        @DecimalMin("0.1")
        @DecimalMax("11.7")
        Double fieldStrengthT,

        @Schema(description = "Required magnet geometry", nullable = true)
        ScannerProfile.BoreType boreType,

        @Schema(description = "Maximum spatial field gradient (T/m)")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("1000")
        Double maxSpatialFieldGradientTPerM,

        @Schema(description = "Highest operating mode allowed")
        OperatingMode operatingModeLimit,

        @Schema(description = "Maximum whole-body SAR (W/kg)")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("4")
        Double maxWholeBodySarWPerKg,

        @Schema(description = "Maximum head SAR (W/kg)") @DecimalMin(value = "0", inclusive = false) @DecimalMax("3.2")
        Double maxHeadSarWPerKg,

        @Schema(description = "Maximum B1+rms (µT)") @DecimalMin(value = "0", inclusive = false) @DecimalMax("30")
        Double maxB1rmsMicroT,

        @Schema(description = "Maximum gradient slew rate per axis (T/m/s)")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("1000")
        Double maxSlewRateTPerMPerS,

        @Schema(description = "Maximum dB/dt (T/s)") @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000")
        Double maxDbDtTPerS,

        @Schema(description = "Transmit coil the label requires at this field strength")
        MrConditions.TransmitCoil transmitCoil,

        @Schema(description = "Minimum weeks since implantation") @Min(0) @Max(520)
        Integer minWeeksSinceImplant) {}
