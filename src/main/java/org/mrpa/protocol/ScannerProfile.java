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
}
