package org.mrpa.protocol;

import java.util.List;

/**
 * What one metal-artifact measure of §5 does to the expected ranges of a sequence kept near metal
 * ({@code protocols/mars-measures.yaml}).
 *
 * @param rule   the reason code a changed sequence lists, e.g. {@code MARS-THIN-SLICES}
 * @param source source keys of the clinical reference
 * @param scale  factors {min, max} that multiply the ends of a range the sequence has
 * @param set    ranges that replace the sequence's own
 */
public record MarsMeasure(String rule, List<String> source, ParameterRanges scale, ParameterRanges set) {

    public MarsMeasure {
        source = source == null ? List.of() : List.copyOf(source);
        scale = scale == null ? ParameterRanges.NONE : scale;
        set = set == null ? ParameterRanges.NONE : set;
    }

    /** The ranges with this measure applied: scaled where a factor is given, replaced where a range is set. */
    public ParameterRanges applyTo(ParameterRanges r) {
        return r.scaledBy(scale).overlay(set);
    }

    /** True when the measure declares a change: a factor other than 1, or a range it sets. */
    public boolean changesAnything() {
        boolean scales = scale.asMap().values().stream()
                .anyMatch(f -> (f.min() != null && f.min() != 1.0) || (f.max() != null && f.max() != 1.0));
        return scales || !set.asMap().isEmpty();
    }
}
