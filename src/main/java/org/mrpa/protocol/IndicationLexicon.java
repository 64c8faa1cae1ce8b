package org.mrpa.protocol;

import java.util.List;
import java.util.Map;

/**
 * The words the indication matcher knows beyond protocol triggers ({@code protocols/indication-lexicon.yaml}):
 * negation and suspicion cues, abbreviations, misspellings, region words, out-of-scope regions, red flags,
 * the family precedence of clinical reference §1.1 and the cues of the urgency rules (§1.4).
 */
public record IndicationLexicon(
        List<String> negationCues,
        List<String> pseudoNegations,
        List<String> postNegationCues,
        List<String> suspicionCues,
        List<String> scopeBreakers,
        Map<String, String> expansions,
        Map<String, String> misspellings,
        List<List<Family>> familyPrecedence,
        Map<Region, RegionWords> regions,
        OutOfScope outOfScope,
        List<String> redFlags,
        List<String> priorManagement,
        List<String> intrathecalRequest,
        List<ImplantLocation> implantLocations,
        Map<UrgencyCue, List<String>> urgencyCues) {

    public IndicationLexicon {
        negationCues = nn(negationCues);
        pseudoNegations = nn(pseudoNegations);
        postNegationCues = nn(postNegationCues);
        suspicionCues = nn(suspicionCues);
        scopeBreakers = nn(scopeBreakers);
        expansions = expansions == null ? Map.of() : Map.copyOf(expansions);
        misspellings = misspellings == null ? Map.of() : Map.copyOf(misspellings);
        familyPrecedence = familyPrecedence == null
                ? List.of()
                : familyPrecedence.stream()
                        .map(t -> t == null ? List.<Family>of() : List.copyOf(t))
                        .toList();
        regions = regions == null ? Map.of() : Map.copyOf(regions);
        redFlags = nn(redFlags);
        priorManagement = nn(priorManagement);
        intrathecalRequest = nn(intrathecalRequest);
        implantLocations = nn(implantLocations);
        urgencyCues = urgencyCues == null ? Map.of() : Map.copyOf(urgencyCues);
    }

    private static <T> List<T> nn(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    /** Words and ICD-10 prefixes that place an indication in a region. */
    public record RegionWords(List<String> terms, List<String> icd10) {
        public RegionWords {
            terms = nn(terms);
            icd10 = nn(icd10);
        }
    }

    /** Regions the service does not cover (brain, knee, MRCP ...): terms and ICD-10 prefixes. */
    public record OutOfScope(List<String> terms, List<String> icd10) {
        public OutOfScope {
            terms = nn(terms);
            icd10 = nn(icd10);
        }
    }

    /**
     * A body-part word in an implant location and where it lies (clinical reference §1.6): at or beside the vertebral
     * levels fromLevel-toLevel, or, when {@code placement} is given instead, above C1 (head, face) or far outside every
     * spine field of view (limbs distal to hip or shoulder).
     */
    public record ImplantLocation(List<String> terms, String fromLevel, String toLevel, Placement placement) {
        public ImplantLocation {
            terms = nn(terms);
        }

        /** A body-part word at or beside some vertebral levels. */
        public ImplantLocation(List<String> terms, String fromLevel, String toLevel) {
            this(terms, fromLevel, toLevel, null);
        }
    }

    /** Where a body site lies when it is not at a vertebral level. */
    public enum Placement {
        /** Head, intracranial or face: above C1. */
        ABOVE_C1,
        /** A limb distal to hip or shoulder: far outside every spine field of view. */
        FAR_FROM_SPINE
    }
}
