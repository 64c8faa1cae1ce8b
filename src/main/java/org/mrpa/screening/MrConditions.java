package org.mrpa.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.protocol.FieldStrength;
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
        Boolean monitoringRequired,

        @Schema(
                description = "Conditions that differ by field strength; at that field strength they override the "
                        + "top-level ones (e.g. Normal mode at 3 T, First Level at 1.5 T)")
        @Size(max = 5)
        List<@NotNull @Valid FieldStrengthConditions> byFieldStrength) {

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
        byFieldStrength = byFieldStrength == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(byFieldStrength));
    }

    /** Conditions that are the same at every field strength. */
    public MrConditions(
            List<Double> allowedFieldStrengthsT,
            ScannerProfile.BoreType boreType,
            Double maxSpatialFieldGradientTPerM,
            OperatingMode operatingModeLimit,
            Double maxWholeBodySarWPerKg,
            Double maxHeadSarWPerKg,
            Double maxB1rmsMicroT,
            Double maxSlewRateTPerMPerS,
            Double maxDbDtTPerS,
            TransmitCoil transmitCoil,
            Integer minWeeksSinceImplant,
            Boolean deviceMriModeRequired,
            Boolean monitoringRequired) {
        this(
                allowedFieldStrengthsT,
                boreType,
                maxSpatialFieldGradientTPerM,
                operatingModeLimit,
                maxWholeBodySarWPerKg,
                maxHeadSarWPerKg,
                maxB1rmsMicroT,
                maxSlewRateTPerMPerS,
                maxDbDtTPerS,
                transmitCoil,
                minWeeksSinceImplant,
                deviceMriModeRequired,
                monitoringRequired,
                null);
    }

    /**
     * The conditions in force at one field strength: the top-level ones, each overridden by the value the label gives
     * for that field strength (1.5 T is never 3 T).
     */
    public MrConditions at(double fieldStrengthT) {
        FieldStrengthConditions o = byFieldStrength.stream()
                .filter(b -> FieldStrength.sameBand(b.fieldStrengthT(), fieldStrengthT))
                .findFirst()
                .orElse(null);
        if (o == null) {
            return this;
        }
        return new MrConditions(
                allowedFieldStrengthsT,
                or(o.boreType(), boreType),
                or(o.maxSpatialFieldGradientTPerM(), maxSpatialFieldGradientTPerM),
                or(o.operatingModeLimit(), operatingModeLimit),
                or(o.maxWholeBodySarWPerKg(), maxWholeBodySarWPerKg),
                or(o.maxHeadSarWPerKg(), maxHeadSarWPerKg),
                or(o.maxB1rmsMicroT(), maxB1rmsMicroT),
                or(o.maxSlewRateTPerMPerS(), maxSlewRateTPerMPerS),
                or(o.maxDbDtTPerS(), maxDbDtTPerS),
                or(o.transmitCoil(), transmitCoil),
                or(o.minWeeksSinceImplant(), minWeeksSinceImplant),
                deviceMriModeRequired,
                monitoringRequired,
                List.of());
    }

    private static <T> T or(T override, T base) {
        return override != null ? override : base;
    }
}
