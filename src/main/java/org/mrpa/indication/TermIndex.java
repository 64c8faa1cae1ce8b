package org.mrpa.indication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every catalog phrase by its first word, with the {@link TermTag}s saying what it means. */
final class TermIndex {

    /** A catalog phrase as words, and everything it means (one phrase can trigger several things). */
    private record Term(List<String> words, String phrase, Set<TermTag> tags) {}

    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final Map<String, Term> byPhrase = new HashMap<>();

    void add(String phrase, TermTag tag) {
        List<String> words = ClinicalText.words(phrase);
        if (words.isEmpty()) {
            return;
        }
        String key = String.join(" ", words);
        Term t = byPhrase.get(key);
        if (t == null) {
            t = new Term(words, key, new LinkedHashSet<>());
            byPhrase.put(key, t);
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(t);
        }
        t.tags().add(tag);
    }

    /** Every word of every phrase: the vocabulary misspellings are corrected towards. */
    Set<String> vocabulary() {
        Set<String> v = new HashSet<>();
        byPhrase.values().forEach(t -> v.addAll(t.words()));
        return v;
    }

    /** All phrases found in the tokens, within clauses. */
    List<Mention> find(List<Token> tokens, String text) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Term> candidates = byFirstWord.get(tokens.get(i).word());
            if (candidates == null) {
                continue;
            }
            for (Term t : candidates) {
                int n = t.words().size();
                if (i + n > tokens.size()
                        || tokens.get(i + n - 1).clause() != tokens.get(i).clause()) {
                    continue;
                }
                boolean match = true;
                for (int k = 1; k < n && match; k++) {
                    match = tokens.get(i + k).word().equals(t.words().get(k));
                }
                if (match) {
                    out.add(mention(t, tokens, i, i + n - 1, text));
                }
            }
        }
        return out;
    }

    private static Mention mention(Term t, List<Token> tokens, int first, int last, String text) {
        Assertion a = Assertion.PRESENT;
        boolean corrected = false;
        for (int k = first; k <= last; k++) {
            Token tok = tokens.get(k);
            corrected |= tok.corrected();
            if (tok.assertion() == Assertion.NEGATED) {
                a = Assertion.NEGATED;
            } else if (tok.assertion() == Assertion.SUSPECTED && a == Assertion.PRESENT) {
                a = Assertion.SUSPECTED;
            }
        }
        String matched =
                text.substring(tokens.get(first).start(), tokens.get(last).end());
        return new Mention(t.phrase(), matched, first, last, a, corrected, t.tags());
    }
}
