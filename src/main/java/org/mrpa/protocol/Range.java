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

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
