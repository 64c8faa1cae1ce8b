package org.mrpa.protocol;

import java.util.Optional;

/** The two field-strength bands the catalog holds ranges for; 3 T systems may report 2.89 T (§8.1). */
public enum FieldStrength {
    T1_5("1.5", 1.5, 1.4, 1.6),
    T3("3", 3.0, 2.8, 3.1);

    private final String key;
    private final double nominal;
    private final double low;
    private final double high;

    FieldStrength(String key, double nominal, double low, double high) {
        this.key = key;
        this.nominal = nominal;
        this.low = low;
        this.high = high;
    }

    /** The key under which catalog YAML files hold ranges for this band ("1.5" or "3"). */
    public String key() {
        return key;
    }

    public double nominalTesla() {
        return nominal;
    }

    /** The band a measured field strength in tesla falls in, if any. */
    public static Optional<FieldStrength> ofTesla(double tesla) {
        for (FieldStrength f : values()) {
            if (tesla >= f.low && tesla <= f.high) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The band with the given catalog key. */
    public static Optional<FieldStrength> ofKey(String key) {
        for (FieldStrength f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** True when two field strengths in tesla are the same band (1.5 is never 3, §4.2). */
    public static boolean sameBand(double a, double b) {
        Optional<FieldStrength> fa = ofTesla(a);
        return fa.isPresent() ? fa.equals(ofTesla(b)) : Math.abs(a - b) < 0.05;
    }
}
