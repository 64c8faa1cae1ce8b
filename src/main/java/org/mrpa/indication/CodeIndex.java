package org.mrpa.indication;

import java.util.ArrayList;
import java.util.List;

/** Every catalog ICD-10 prefix, in catalog order, with the {@link TermTag} saying what it means. */
final class CodeIndex {

    /** An ICD-10 prefix such as {@code M46.4} and what a code under it means. */
    private record Prefix(String prefix, TermTag tag) {}

    private final List<Prefix> prefixes = new ArrayList<>();

    void add(String prefix, TermTag tag) {
        prefixes.add(new Prefix(prefix, tag));
    }

    /**
     * Adds a hit for every prefix each code falls under.
     *
     * @param normalisedCodes codes as {@link Icd10#normalise} gives them, in request order
     * @param firstPosition   position of the first code (codes count on after the last token of the text)
     */
    void addHits(List<String> normalisedCodes, int firstPosition, TagHits hits) {
        int position = firstPosition;
        for (String code : normalisedCodes) {
            for (Prefix p : prefixes) {
                if (Icd10.matches(code, p.prefix())) {
                    hits.add(
                            p.tag(),
                            new Evidence(Evidence.Source.ICD10, p.prefix(), code, Assertion.PRESENT, null),
                            position);
                }
            }
            position++;
        }
    }
}
