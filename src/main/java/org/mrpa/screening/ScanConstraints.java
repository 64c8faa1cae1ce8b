package org.mrpa.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Limits the scan must respect: the most restrictive of every implant's conditions and of pregnancy. Null = no limit. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        description =
                "Limits the scan must respect (most restrictive of all implants and pregnancy); absent = no limit")
public record ScanConstraints(
        @Schema(description = "Field strengths allowed (T)") List<Double> allowedFieldStrengthsT,
        OperatingMode operatingMode,
        Double maxWholeBodySarWPerKg,
        Double maxHeadSarWPerKg,
        Double maxB1rmsMicroT,
        Double maxSlewRateTPerMPerS,
        Double maxDbDtTPerS,
        Double maxSpatialFieldGradientTPerM,
        MrConditions.TransmitCoil transmitCoil,
        Boolean deviceMriMode,
        Boolean monitoring) {

    public static final ScanConstraints NONE = builder().build();

    /** A builder in which every limit is absent until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Both sets of limits at once: the lower of each limit, the intersection of field strengths. */
    public ScanConstraints and(ScanConstraints o) {
        return new ScanConstraints(
                intersect(allowedFieldStrengthsT, o.allowedFieldStrengthsT),
                operatingMode == null
                        ? o.operatingMode
                        : o.operatingMode == null
                                ? operatingMode
                                : operatingMode.compareTo(o.operatingMode) <= 0 ? operatingMode : o.operatingMode,
                min(maxWholeBodySarWPerKg, o.maxWholeBodySarWPerKg),
                min(maxHeadSarWPerKg, o.maxHeadSarWPerKg),
                min(maxB1rmsMicroT, o.maxB1rmsMicroT),
                min(maxSlewRateTPerMPerS, o.maxSlewRateTPerMPerS),
                min(maxDbDtTPerS, o.maxDbDtTPerS),
                min(maxSpatialFieldGradientTPerM, o.maxSpatialFieldGradientTPerM),
                transmitCoil != null ? transmitCoil : o.transmitCoil,
                or(deviceMriMode, o.deviceMriMode),
                or(monitoring, o.monitoring));
    }

    private static List<Double> intersect(List<Double> a, List<Double> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.stream()
                .filter(x -> b.stream().anyMatch(y -> org.mrpa.protocol.FieldStrength.sameBand(x, y)))
                .toList();
    }

    private static Double min(Double a, Double b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Math.min(a, b);
    }

    private static Boolean or(Boolean a, Boolean b) {
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b) ? Boolean.TRUE : null;
    }

    /** Builds limits from the ones that are set; the rest stay absent (no limit). */
    public static final class Builder {
        private List<Double> allowedFieldStrengthsT;
        private OperatingMode operatingMode;
        private Double maxWholeBodySarWPerKg;
        private Double maxHeadSarWPerKg;
        private Double maxB1rmsMicroT;
        private Double maxSlewRateTPerMPerS;
        private Double maxDbDtTPerS;
        private Double maxSpatialFieldGradientTPerM;
        private MrConditions.TransmitCoil transmitCoil;
        private Boolean deviceMriMode;
        private Boolean monitoring;

        private Builder() {}

        public Builder allowedFieldStrengthsT(List<Double> v) {
            allowedFieldStrengthsT = v;
            return this;
        }

        public Builder operatingMode(OperatingMode v) {
            operatingMode = v;
            return this;
        }

        public Builder maxWholeBodySarWPerKg(Double v) {
            maxWholeBodySarWPerKg = v;
            return this;
        }

        public Builder maxHeadSarWPerKg(Double v) {
            maxHeadSarWPerKg = v;
            return this;
        }

        public Builder maxB1rmsMicroT(Double v) {
            maxB1rmsMicroT = v;
            return this;
        }

        public Builder maxSlewRateTPerMPerS(Double v) {
            maxSlewRateTPerMPerS = v;
            return this;
        }

        public Builder maxDbDtTPerS(Double v) {
            maxDbDtTPerS = v;
            return this;
        }

        public Builder maxSpatialFieldGradientTPerM(Double v) {
            maxSpatialFieldGradientTPerM = v;
            return this;
        }

        public Builder transmitCoil(MrConditions.TransmitCoil v) {
            transmitCoil = v;
            return this;
        }

        public Builder deviceMriMode(Boolean v) {
            deviceMriMode = v;
            return this;
        }

        public Builder monitoring(Boolean v) {
            monitoring = v;
            return this;
        }

        public ScanConstraints build() {
            return new ScanConstraints(
                    allowedFieldStrengthsT,
                    operatingMode,
                    maxWholeBodySarWPerKg,
                    maxHeadSarWPerKg,
                    maxB1rmsMicroT,
                    maxSlewRateTPerMPerS,
                    maxDbDtTPerS,
                    maxSpatialFieldGradientTPerM,
                    transmitCoil,
                    deviceMriMode,
                    monitoring);
        }
    }
}
