package org.mrpa.screening;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.protocol.ScannerProfile;

/**
 * Machine-readable MR Conditional labelling of a device (S10, S12). A null limit means the label sets none.
 */
@Schema(description = "Machine-readable conditions of an MR Conditional device; null = the label sets no such limit")
public record MrConditions(
        @Schema(description = "Static field strengths the label allows (T); 1.5 is never 3", example = "[1.5]")
        @Size(max = 5)
        List<@NotNull @DecimalMin("0.1") @DecimalMax("11.7") Double> allowedFieldStrengthsT,

        @Schema(description = "Required magnet geometry", nullable = true)
        ScannerProfile.BoreType boreType,

        @Schema(description = "Maximum spatial field gradient (T/m); 1 T/m = 100 G/cm", example = "20")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("1000")
        Double maxSpatialFieldGradientTPerM,

        @Schema(description = "Highest operating mode allowed")
        OperatingMode operatingModeLimit,

        @Schema(description = "Maximum whole-body SAR (W/kg)", example = "2.0")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("4")
        Double maxWholeBodySarWPerKg,

        @Schema(description = "Maximum head SAR (W/kg)", example = "3.2")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("3.2")
        Double maxHeadSarWPerKg,

        @Schema(description = "Maximum B1+rms (µT)", example = "2.8")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("30")
        Double maxB1rmsMicroT,

        @Schema(description = "Maximum gradient slew rate per axis (T/m/s)", example = "200")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("1000")
        Double maxSlewRateTPerMPerS,

        @Schema(description = "Maximum dB/dt (T/s)", example = "20")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("1000")
        Double maxDbDtTPerS,

        @Schema(description = "Transmit coil the label requires, e.g. HEAD_TR (transmit/receive head coil only)")
        TransmitCoil transmitCoil,

        @Schema(description = "Minimum weeks since implantation", example = "6") @Min(0) @Max(520)
        Integer minWeeksSinceImplant,

        @Schema(description = "The device must be put in its MRI mode")
        Boolean deviceMriModeRequired,

        @Schema(description = "Patient monitoring required during the scan")
        Boolean monitoringRequired) {

    /** Transmit coil a label requires. */
    public enum TransmitCoil {
        BODY,
        HEAD_TR
    }

    public MrConditions {
        // null elements are kept so that validation names them (List.copyOf would throw before it could)
        allowedFieldStrengthsT = allowedFieldStrengthsT == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(allowedFieldStrengthsT));
    }
}
