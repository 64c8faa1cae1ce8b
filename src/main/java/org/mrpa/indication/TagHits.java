package org.mrpa.indication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mrpa.protocol.Region;

/** Where each {@link TermTag} was found in one request (text mentions first, then ICD-10 codes), in the order found. */
final class TagHits {

    /**
     * One finding of a tag.
     *
     * @param position index of the first token of the mention; codes are numbered on after the last token
     */
    record Hit(Evidence evidence, int position) {}

    private final Map<TermTag, List<Hit>> byTag = new LinkedHashMap<>();

    void add(TermTag tag, Evidence evidence, int position) {
        byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(new Hit(evidence, position));
    }

    boolean has(TermTag tag) {
        return byTag.containsKey(tag);
    }

    /** The hits of a tag in the order found; empty when it was not found. */
    List<Hit> of(TermTag tag) {
        return byTag.getOrDefault(tag, List.of());
    }

    /** The evidence of a tag, each once, in text order. */
    List<Evidence> evidence(TermTag tag) {
        return evidenceOf(of(tag));
    }

    /** The catalog phrases a tag was found by, each once, in the order found. */
    List<String> phrases(TermTag tag) {
        return of(tag).stream().map(h -> h.evidence().trigger()).distinct().toList();
    }

    /** Hits of region words and region codes, by region. */
    Map<Region, List<Hit>> byRegion() {
        Map<Region, List<Hit>> out = new EnumMap<>(Region.class);
        byTag.forEach((tag, hits) -> {
            if (tag instanceof TermTag.RegionWord word) {
                out.computeIfAbsent(word.region(), r -> new ArrayList<>()).addAll(hits);
            }
        });
        return out;
    }

    /** The evidence of hits, each once, in text order (codes last). */
    static List<Evidence> evidenceOf(List<Hit> hits) {
        Set<Evidence> out = new LinkedHashSet<>();
        hits.stream().sorted(Comparator.comparingInt(Hit::position)).forEach(h -> out.add(h.evidence()));
        return List.copyOf(out);
    }
}
