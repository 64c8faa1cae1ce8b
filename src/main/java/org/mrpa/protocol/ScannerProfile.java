package org.mrpa.protocol;

import java.util.List;

/**
 * A scanner of the site (site policy {@code scanners}); the values implant conditions are checked against.
 * A null value is "not known", which makes a condition that depends on it unverifiable.
 */
public record ScannerProfile(
        String id,
        String name,
        Double fieldStrengthT,
        Integer boreCm,
        BoreType boreType,
        Double tableLimitKg,
        Double maxSpatialFieldGradientTPerM,
        Double maxSlewRateTPerMPerS,
        Boolean b1rmsDisplayed,
        List<String> transmitCoils,
        List<LicensedOption> licensedOptions) {

    /** Magnet geometry; device labels often require a cylindrical bore (§4.2). */
    public enum BoreType {
        CYLINDRICAL,
        OPEN
    }

    public ScannerProfile {
        transmitCoils = transmitCoils == null ? List.of() : List.copyOf(transmitCoils);
        licensedOptions = licensedOptions == null ? List.of() : List.copyOf(licensedOptions);
    }

    /** A scanner not in the site policy, known only by its field strength; every other value is unknown. */
    public static ScannerProfile unlisted(String name, Double fieldStrengthT) {
        return builder().name(name).fieldStrengthT(fieldStrengthT).build();
    }

    /** A builder in which every value is unknown until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this scanner's values, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .id(id)
                .name(name)
                .fieldStrengthT(fieldStrengthT)
                .boreCm(boreCm)
                .boreType(boreType)
                .tableLimitKg(tableLimitKg)
                .maxSpatialFieldGradientTPerM(maxSpatialFieldGradientTPerM)
                .maxSlewRateTPerMPerS(maxSlewRateTPerMPerS)
                .b1rmsDisplayed(b1rmsDisplayed)
                .transmitCoils(transmitCoils)
                .licensedOptions(licensedOptions);
    }

    /** Builds a scanner from the values that are known; the rest stay unknown. */
    public static final class Builder {
        private String id;
        private String name;
        private Double fieldStrengthT;
        private Integer boreCm;
        private BoreType boreType;
        private Double tableLimitKg;
        private Double maxSpatialFieldGradientTPerM;
        private Double maxSlewRateTPerMPerS;
        private Boolean b1rmsDisplayed;
        private List<String> transmitCoils;
        private List<LicensedOption> licensedOptions;

        private Builder() {}

        public Builder id(String v) {
            id = v;
            return this;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder fieldStrengthT(Double v) {
            fieldStrengthT = v;
            return this;
        }

        public Builder boreCm(Integer v) {
            boreCm = v;
            return this;
        }

        public Builder boreType(BoreType v) {
            boreType = v;
            return this;
        }

        public Builder tableLimitKg(Double v) {
            tableLimitKg = v;
            return this;
        }

        public Builder maxSpatialFieldGradientTPerM(Double v) {
            maxSpatialFieldGradientTPerM = v;
            return this;
        }

        public Builder maxSlewRateTPerMPerS(Double v) {
            maxSlewRateTPerMPerS = v;
            return this;
        }

        public Builder b1rmsDisplayed(Boolean v) {
            b1rmsDisplayed = v;
            return this;
        }

        public Builder transmitCoils(List<String> v) {
            transmitCoils = v;
            return this;
        }

        public Builder licensedOptions(List<LicensedOption> v) {
            licensedOptions = v;
            return this;
        }

        public ScannerProfile build() {
            return new ScannerProfile(
                    id,
                    name,
                    fieldStrengthT,
                    boreCm,
                    boreType,
                    tableLimitKg,
                    maxSpatialFieldGradientTPerM,
                    maxSlewRateTPerMPerS,
                    b1rmsDisplayed,
                    transmitCoils,
                    licensedOptions);
        }
    }
}
