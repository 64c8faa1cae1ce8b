package org.mrpa.protocol;

import java.util.Map;

/**
 * One sequence of a protocol file: which template, in which plane and contrast phase, with optional
 * per-field-strength parameter overrides.
 *
 * @param id       unique within the protocol, e.g. {@code sag-t2}
 * @param required false for "recommended" sequences of the reference (e.g. SAG FLUID_FS in DEG_LUMBAR)
 * @param coverage free-text coverage instruction shown to the technologist
 */
public record SequenceSpec(
        String id,
        String template,
        Plane plane,
        ContrastPhase phase,
        Boolean required,
        String coverage,
        Map<String, ParameterRanges> parameters,
        String note) {

    public SequenceSpec {
        phase = phase == null ? ContrastPhase.PRE : phase;
        required = required == null ? Boolean.TRUE : required;
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
