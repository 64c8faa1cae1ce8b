package org.mrpa.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.LicensedOption;
import org.mrpa.protocol.ScannerProfile;

/**
 * The booked scanner and the site's other scanners (the candidates a patient can be re-routed to).
 * A value that is null is not known.
 */
public record ScannerContext(ScannerProfile booked, List<ScannerProfile> alternatives) {

    public ScannerContext {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public double fieldStrengthT() {
        return booked.fieldStrengthT();
    }

    public Set<LicensedOption> licensedOptions() {
        return Set.copyOf(booked.licensedOptions());
    }

    /** Booked scanner first, then the alternatives, lower field strength first. */
    public List<ScannerProfile> candidates() {
        List<ScannerProfile> out = new ArrayList<>();
        out.add(booked);
        alternatives.stream()
                .sorted((a, b) -> Double.compare(a.fieldStrengthT(), b.fieldStrengthT()))
                .forEach(out::add);
        return out;
    }

    /** Every field strength available at the site (T). */
    public Set<Double> availableFieldStrengthsT() {
        Set<Double> out = new TreeSet<>();
        candidates().forEach(s -> out.add(s.fieldStrengthT()));
        return out;
    }

    /** True when a scanner of this band is available. */
    public boolean hasBand(FieldStrength band) {
        return availableFieldStrengthsT().stream()
                .anyMatch(t -> FieldStrength.ofTesla(t).filter(band::equals).isPresent());
    }
}
