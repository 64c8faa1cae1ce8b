package org.mrpa.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A reusable sequence technique from {@code protocols/sequence-templates.yaml}: weighting, fat suppression
 * and the contrast-related parameter ranges per field strength ("1.5", "3").
 *
 * @param bValues diffusion weightings in s/mm2 of a DWI technique, ascending (site setting); empty otherwise
 */
public record SequenceTemplate(
        String id,
        String title,
        Weighting weighting,
        FatSuppression fatSuppression,
        Technique technique,
        List<LicensedOption> requiresLicense,
        Map<String, ParameterRanges> ranges,
        @JsonProperty("bValues") List<Double> bValues,
        MarsRule mars,
        List<String> source) {

    public SequenceTemplate {
        requiresLicense = requiresLicense == null ? List.of() : List.copyOf(requiresLicense);
        ranges = ranges == null ? Map.of() : Map.copyOf(ranges);
        bValues = bValues == null ? List.of() : List.copyOf(bValues);
        mars = mars == null ? MarsRule.KEEP : mars;
        source = source == null ? List.of() : List.copyOf(source);
    }

    /** Ranges for one field strength band, or none when the template has none for it. */
    public ParameterRanges rangesAt(FieldStrength fs) {
        return ranges.getOrDefault(fs.key(), ParameterRanges.NONE);
    }
}
