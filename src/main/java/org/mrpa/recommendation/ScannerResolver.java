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
        ScannerProfile booked = b == null ? defaultScanner() : withRequestValues(named(b), b);
        return new ScannerContext(booked, alternatives(booked, b));
    }

    private ScannerProfile defaultScanner() {
        return policy.scanner(policy.defaultScanner());
    }

    /**
     * The scanner a booking names: a site scanner by id; the default one when it names neither id nor field
     * strength; otherwise a scanner known only by its field strength.
     *
     * @throws UnknownScannerException when the id is not a scanner of the site policy
     */
    private ScannerProfile named(BookedScanner b) {
        if (b.scannerId() == null && b.fieldStrengthT() == null) {
            return defaultScanner();
        }
        if (b.scannerId() == null) {
            return ScannerProfile.unlisted("booked scanner", b.fieldStrengthT());
        }
        ScannerProfile named = policy.scanner(b.scannerId());
        if (named == null) {
            throw new UnknownScannerException(
                    "scanner.scannerId",
                    "'" + b.scannerId() + "' is not a scanner of the site policy (known: "
                            + policy.scanners().stream().map(ScannerProfile::id).toList() + ")");
        }
        return named;
    }

    /** The named scanner with the values the request gives instead of the site policy's. */
    private static ScannerProfile withRequestValues(ScannerProfile base, BookedScanner b) {
        return base.toBuilder()
                .fieldStrengthT(b.fieldStrengthT() != null ? b.fieldStrengthT() : base.fieldStrengthT())
                .boreCm(b.boreCm() != null ? b.boreCm() : base.boreCm())
                .tableLimitKg(b.tableLimitKg() != null ? b.tableLimitKg() : base.tableLimitKg())
                .licensedOptions(b.licensedOptions() != null ? b.licensedOptions() : base.licensedOptions())
                .build();
    }

    /**
     * The site's other scanners, then a scanner for each other field strength the request says is available; none
     * when the request gives an explicit empty list.
     */
    private List<ScannerProfile> alternatives(ScannerProfile booked, BookedScanner b) {
        List<ScannerProfile> alternatives = new ArrayList<>();
        if (b != null
                && b.availableFieldStrengthsT() != null
                && b.availableFieldStrengthsT().isEmpty()) {
            return alternatives; // an explicit empty list: no other scanner may be offered
        }
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
                    alternatives.add(ScannerProfile.unlisted(t + " T scanner (not in site policy)", t));
                }
            }
        }
        return alternatives;
    }
}
