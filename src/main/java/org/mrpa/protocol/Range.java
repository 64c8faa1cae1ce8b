package org.mrpa.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A closed numeric range; either end may be open (null). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Range(Double min, Double max) {

    public static Range of(double min, double max) {
        return new Range(min, max);
    }

    /** True when min is not above max. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isOrdered() {
        return min == null || max == null || min <= max;
    }

    /** This range with both ends multiplied: {@code min*minFactor .. max*maxFactor}. */
    public Range scaled(double minFactor, double maxFactor) {
        return new Range(min == null ? null : round(min * minFactor), max == null ? null : round(max * maxFactor));
    }

    /** "140-170", "-1" (max only) or "1500-" (min only), for messages. */
    public String text() {
        return (min == null ? "" : format(min)) + "-" + (max == null ? "" : format(max));
    }

    /** A number for messages: whole numbers without decimals, others to three decimals ("2.4", "175", "0.976"). */
    public static String format(double v) {
        double r = Math.round(v * 1000) / 1000.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
