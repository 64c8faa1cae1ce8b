package org.mrpa.indication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.mrpa.protocol.Region;

/**
 * The region an indication names and the evidence for it: the order's region hint when there is one, else the
 * region named most often by region words, region codes and vertebral levels (ties: the one named first).
 *
 * @param region null when nothing names a region
 */
record RegionFinding(Region region, List<Evidence> evidence) {

    static RegionFinding of(TagHits hits, List<Token> tokens, String source, Region hint) {
        if (hint != null) {
            return new RegionFinding(
                    hint,
                    List.of(new Evidence(
                            Evidence.Source.REGION_HINT, hint.name(), hint.name(), Assertion.PRESENT, null)));
        }
        Map<Region, List<TagHits.Hit>> byRegion = hits.byRegion();
        addLevelHits(byRegion, tokens, source);
        Region strongest = strongest(byRegion);
        return new RegionFinding(
                strongest, strongest == null ? List.of() : TagHits.evidenceOf(byRegion.get(strongest)));
    }

    /** Adds each vertebral level that is not negated ("L4-5", "C6", "T8") to the region it lies in. */
    private static void addLevelHits(Map<Region, List<TagHits.Hit>> byRegion, List<Token> tokens, String source) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.assertion() == Assertion.NEGATED || !ClinicalText.isLevel(t.word())) {
                continue;
            }
            String w = t.word();
            Region r = levelRegion(w);
            if (r != null) {
                String matched = source.substring(t.start(), t.end());
                byRegion.computeIfAbsent(r, k -> new ArrayList<>())
                        .add(new TagHits.Hit(
                                new Evidence(Evidence.Source.LEVEL, w.toUpperCase(), matched, t.assertion(), null), i));
            }
        }
    }

    /** The region of a level; none for a lone "T1" or "T2", which more often name a weighting than a vertebra. */
    private static Region levelRegion(String level) {
        boolean range = level.contains("-") || level.contains("/");
        return switch (level.charAt(0)) {
            case 'c' -> Region.CERVICAL;
            case 't' -> range || !(level.equals("t1") || level.equals("t2")) ? Region.THORACIC : null;
            default -> Region.LUMBAR;
        };
    }

    /** The region with the most hits; on a tie the one whose first hit comes earliest. */
    private static Region strongest(Map<Region, List<TagHits.Hit>> byRegion) {
        return byRegion.entrySet().stream()
                .min(Comparator.<Map.Entry<Region, List<TagHits.Hit>>>comparingInt(
                                e -> -e.getValue().size())
                        .thenComparingInt(e -> e.getValue().stream()
                                .mapToInt(TagHits.Hit::position)
                                .min()
                                .orElse(Integer.MAX_VALUE)))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
