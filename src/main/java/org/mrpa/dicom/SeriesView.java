package org.mrpa.dicom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The instances of one series seen together: every text value, every distinct number, every orientation. */
final class SeriesView {

    final List<InstanceHeader> instances;
    final Map<String, Set<String>> text = new LinkedHashMap<>();
    final Map<String, Set<Double>> numbers = new LinkedHashMap<>();
    final Map<String, List<Double>> firstVector = new LinkedHashMap<>();
    final Set<String> emptyPresent = new HashSet<>();
    final List<double[]> orientations = new ArrayList<>();

    SeriesView(List<InstanceHeader> instances) {
        this.instances = List.copyOf(instances);
        for (InstanceHeader h : instances) {
            h.text()
                    .forEach((k, v) ->
                            text.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
            h.numbers().forEach((k, v) -> {
                if (!v.isEmpty()) {
                    numbers.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(v.get(0));
                    firstVector.putIfAbsent(k, v);
                }
            });
            h.varying()
                    .forEach((k, v) -> numbers.computeIfAbsent(k, x -> new LinkedHashSet<>())
                            .addAll(v));
            emptyPresent.addAll(h.emptyPresent());
            for (double[] o : h.orientations()) {
                if (orientations.stream().noneMatch(x -> Arrays.equals(x, o))) {
                    orientations.add(o);
                }
            }
        }
    }

    /** Upper-case values of a text attribute (multi-valued attributes split into their values). */
    Set<String> tokens(String keyword) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : text.getOrDefault(keyword, Set.of())) {
            out.add(v.toUpperCase(Locale.ROOT));
        }
        return out;
    }

    String first(String keyword) {
        Set<String> v = text.get(keyword);
        return v == null || v.isEmpty() ? null : v.iterator().next();
    }

    /** The single value of a number, the smallest when it varies, or null. */
    Double number(String keyword) {
        Set<Double> v = numbers.get(keyword);
        return v == null || v.isEmpty() ? null : v.stream().min(Double::compare).orElse(null);
    }

    Set<Double> all(String keyword) {
        return numbers.getOrDefault(keyword, Set.of());
    }

    boolean anyContains(String keyword, String fragment) {
        return tokens(keyword).stream().anyMatch(t -> t.contains(fragment));
    }

    int frames() {
        return instances.stream().mapToInt(InstanceHeader::frames).sum();
    }
}
