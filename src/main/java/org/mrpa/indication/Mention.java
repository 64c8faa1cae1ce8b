package org.mrpa.indication;

import java.util.Set;

/**
 * A catalog phrase found in the text.
 *
 * @param phrase    the catalog phrase
 * @param matched   the source text it was found in
 * @param first     index of the first token
 * @param last      index of the last token
 * @param tags      what the phrase means
 */
record Mention(
        String phrase, String matched, int first, int last, Assertion assertion, boolean corrected, Set<TermTag> tags) {

    boolean within(Mention other) {
        return other.first <= first && other.last >= last && (other.last - other.first) > (last - first);
    }

    boolean asserted() {
        return assertion != Assertion.NEGATED;
    }

    Evidence evidence() {
        return new Evidence(Evidence.Source.TEXT, phrase, matched, assertion, corrected ? Boolean.TRUE : null);
    }
}
