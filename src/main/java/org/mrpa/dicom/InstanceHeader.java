package org.mrpa.dicom;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header of one DICOM object, free of any toolkit type: identity, text attributes and numeric attributes by
 * their DICOM keyword. For enhanced (multi-frame) objects the values are collected from the top level, the shared
 * and the per-frame functional groups; a numeric list with several values means the value varies between frames.
 *
 * @param text         keyword to values (multi-valued attributes keep their order)
 * @param numbers      keyword to the value (all components of a multi-valued attribute) where first found
 * @param varying      keyword to the distinct values between frames, for values that vary (enhanced objects)
 * @param emptyPresent keywords present with zero length (e.g. an empty ContrastBolusAgent, "unknown" not "none")
 * @param orientations distinct ImageOrientationPatient values (six direction cosines each)
 * @param frames       number of frames (1 for classic images)
 */
public record InstanceHeader(
        String file,
        String transferSyntaxUid,
        String sopClassUid,
        boolean enhanced,
        Map<String, List<String>> text,
        Map<String, List<Double>> numbers,
        Map<String, List<Double>> varying,
        Set<String> emptyPresent,
        List<double[]> orientations,
        int frames) {

    /** The first value of a text attribute, or null. */
    public String first(String keyword) {
        List<String> v = text.get(keyword);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** Every value of a text attribute, upper case compared by callers; empty when absent. */
    public List<String> all(String keyword) {
        return text.getOrDefault(keyword, List.of());
    }

    /** The value (every component) of a numeric attribute; empty when absent. */
    public List<Double> values(String keyword) {
        return numbers.getOrDefault(keyword, List.of());
    }

    /** The first component of a numeric attribute, or null when absent. */
    public Double number(String keyword) {
        List<Double> v = numbers.get(keyword);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public boolean has(String keyword) {
        return text.containsKey(keyword) || numbers.containsKey(keyword) || emptyPresent.contains(keyword);
    }
}
