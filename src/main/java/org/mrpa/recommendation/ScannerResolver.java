package org.mrpa.recommendation;

import java.util.ArrayList;
import java.util.List;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.ScannerProfile;
import org.mrpa.protocol.SitePolicy;
import org.mrpa.screening.BookedScanner;
import org.mrpa.screening.ScannerContext;

/**
 * The booked scanner and the alternatives: a site-policy scanner by id, overridden by values in the request;
 * without a scanner, the site's default. Values nobody gave stay unknown (null), so conditions that need them
 * go to review rather than being assumed.
 */
public final class ScannerResolver {

    private final SitePolicy policy;

    public ScannerResolver(SitePolicy policy) {
        this.policy = policy;
    }

    /** Resolves the booking. */
    public ScannerContext resolve(BookedScanner b) {
        ScannerProfile base;
        if (b == null || (b.scannerId() == null && b.fieldStrengthT() == null)) {
            base = policy.scanner(policy.defaultScanner());
        } else if (b.scannerId() != null) {
            base = policy.scanner(b.scannerId());
            if (base == null) {
                throw new UnknownScannerException(
                        "scanner.scannerId",
                        "'" + b.scannerId() + "' is not a scanner of the site policy (known: "
                                + policy.scanners().stream()
                                        .map(ScannerProfile::id)
                                        .toList() + ")");
            }
        } else {
            base = new ScannerProfile(
                    null, "booked scanner", b.fieldStrengthT(), null, null, null, null, null, null, null, null);
        }
        ScannerProfile booked = b == null
                ? base
                : new ScannerProfile(
                        base.id(),
                        base.name(),
                        b.fieldStrengthT() != null ? b.fieldStrengthT() : base.fieldStrengthT(),
                        b.boreCm() != null ? b.boreCm() : base.boreCm(),
                        base.boreType(),
                        b.tableLimitKg() != null ? b.tableLimitKg() : base.tableLimitKg(),
                        base.maxSpatialFieldGradientTPerM(),
                        base.maxSlewRateTPerMPerS(),
                        base.b1rmsDisplayed(),
                        base.transmitCoils(),
                        b.licensedOptions() != null ? b.licensedOptions() : base.licensedOptions());
        List<ScannerProfile> alternatives = new ArrayList<>();
        for (ScannerProfile s : policy.scanners()) {
            if (!s.id().equals(booked.id())) {
                alternatives.add(s);
            }
        }
        if (b != null && b.availableFieldStrengthsT() != null) {
            for (Double t : b.availableFieldStrengthsT()) {
                boolean known = FieldStrength.sameBand(t, booked.fieldStrengthT())
                        || alternatives.stream().anyMatch(s -> FieldStrength.sameBand(s.fieldStrengthT(), t));
                if (!known) {
                    alternatives.add(new ScannerProfile(
                            null,
                            t + " T scanner (not in site policy)",
                            t,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
                }
            }
        }
        return new ScannerContext(booked, alternatives);
    }
}
