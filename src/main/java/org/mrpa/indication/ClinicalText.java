package org.mrpa.indication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mrpa.protocol.IndicationLexicon;

/**
 * Turns referral free text into clause-scoped tokens: abbreviations expanded, misspellings corrected,
 * and each word marked negated ("no trauma"), suspected ("r/o discitis", "?fracture") or present (§1.1).
 */
final class ClinicalText {

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+(?:['/-][a-z0-9]+)*/?|\\?|[.,;:!()\\n\\r]");
    private static final int CACHE_LIMIT = 20_000;

    private final Map<List<String>, List<String>> expansions = new HashMap<>();
    private final int longestExpansion;
    private final Map<String, String> misspellings;
    private final List<List<String>> negationCues;
    private final List<List<String>> pseudoNegations;
    private final List<List<String>> postNegationCues;
    private final List<List<String>> suspicionCues;
    private final Set<String> scopeBreakers;
    private final Set<String> vocabulary;
    private final Set<String> cueWords = new HashSet<>();
    private final Map<String, String> corrections = new ConcurrentHashMap<>();

    ClinicalText(IndicationLexicon lexicon, Set<String> vocabulary) {
        int longest = 1;
        for (Map.Entry<String, String> e : lexicon.expansions().entrySet()) {
            List<String> key = words(e.getKey());
            expansions.put(key, words(e.getValue()));
            longest = Math.max(longest, key.size());
        }
        this.longestExpansion = longest;
        this.misspellings = Map.copyOf(lexicon.misspellings());
        this.negationCues = phrases(lexicon.negationCues());
        this.pseudoNegations = phrases(lexicon.pseudoNegations());
        this.postNegationCues = phrases(lexicon.postNegationCues());
        this.suspicionCues = phrases(lexicon.suspicionCues());
        this.scopeBreakers = Set.copyOf(lexicon.scopeBreakers());
        this.vocabulary = Set.copyOf(vocabulary);
        for (List<List<String>> cues : List.of(negationCues, postNegationCues, suspicionCues)) {
            cues.forEach(cueWords::addAll);
        }
    }

    /** Lower-case words of a catalog phrase, split the same way as referral text. */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(phrase.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<List<String>> phrases(List<String> list) {
        return list.stream().map(ClinicalText::words).filter(w -> !w.isEmpty()).toList();
    }

    /** Tokens of the text, each with its clause and assertion. */
    List<Token> tokens(String text) {
        List<Token> raw = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = TOKEN.matcher(lower);
        int clause = 0;
        while (m.find()) {
            String w = m.group();
            if (w.length() == 1 && ".,;:!()\n\r".contains(w)) {
                clause++;
            } else if (scopeBreakers.contains(w)) {
                clause++;
            } else {
                raw.add(new Token(w, m.start(), m.end(), clause, Assertion.PRESENT, false));
            }
        }
        List<Token> expanded = correct(expand(raw));
        return assertions(expanded);
    }

    private List<Token> expand(List<Token> raw) {
        List<Token> out = new ArrayList<>(raw.size() + 8);
        int i = 0;
        while (i < raw.size()) {
            int used = 0;
            for (int len = Math.min(longestExpansion, raw.size() - i); len >= 1 && used == 0; len--) {
                List<String> key = new ArrayList<>(len);
                for (int k = 0; k < len; k++) {
                    key.add(raw.get(i + k).word());
                }
                List<String> exp = raw.get(i + len - 1).clause() == raw.get(i).clause() ? expansions.get(key) : null;
                if (exp != null) {
                    Token first = raw.get(i);
                    Token last = raw.get(i + len - 1);
                    for (String w : exp) {
                        out.add(new Token(
                                w, first.start(), last.end(), first.clause(), Assertion.PRESENT, !key.equals(exp)));
                    }
                    used = len;
                }
            }
            if (used == 0) {
                Token t = raw.get(i);
                String w = t.word();
                if ((w.contains("-") || w.contains("/")) && !isLevel(w) && !vocabulary.contains(w)) {
                    for (String part : w.split("[-/]")) {
                        if (!part.isEmpty()) {
                            out.add(new Token(part, t.start(), t.end(), t.clause(), Assertion.PRESENT, false));
                        }
                    }
                } else {
                    out.add(t);
                }
                used = 1;
            }
            i += used;
        }
        return out;
    }

    private List<Token> correct(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String fixed = correction(t.word());
            out.add(fixed.equals(t.word()) ? t : t.withWord(fixed, true));
        }
        return out;
    }

    /** The vocabulary word a text word stands for: itself, a listed misspelling, a plural, or a one/two-edit neighbour. */
    String correction(String word) {
        if (vocabulary.contains(word) || cueWords.contains(word)) {
            return word;
        }
        String listed = misspellings.get(word);
        if (listed != null) {
            return listed;
        }
        String cached = corrections.get(word);
        if (cached != null) {
            return cached;
        }
        String result = nearest(word);
        if (corrections.size() > CACHE_LIMIT) {
            corrections.clear();
        }
        corrections.put(word, result);
        return result;
    }

    private String nearest(String word) {
        for (String suffix : new String[] {"es", "s"}) {
            if (word.endsWith(suffix) && vocabulary.contains(word.substring(0, word.length() - suffix.length()))) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        int max = Spelling.tolerance(word.length());
        if (max == 0) {
            return word;
        }
        String best = null;
        int bestDistance = max + 1;
        boolean tie = false;
        for (String v : vocabulary) {
            if (v.charAt(0) != word.charAt(0) || Math.abs(v.length() - word.length()) > max) {
                continue;
            }
            int d = Spelling.distance(word, v, max);
            if (d < bestDistance) {
                best = v;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return best != null && !tie ? best : word;
    }

    private List<Token> assertions(List<Token> tokens) {
        Token[] out = tokens.toArray(new Token[0]);
        int i = 0;
        while (i < out.length) {
            int clause = out[i].clause();
            int end = i;
            while (end < out.length && out[end].clause() == clause) {
                end++;
            }
            markClause(out, i, end);
            i = end;
        }
        return Arrays.asList(out);
    }

    private void markClause(Token[] t, int from, int to) {
        boolean questioned = false;
        for (int k = from; k < to; k++) {
            if (t[k].word().equals("?")) {
                questioned = true;
            }
        }
        boolean negating = false;
        boolean suspecting = questioned;
        int j = from;
        while (j < to) {
            int len;
            if ((len = startsWith(t, j, to, pseudoNegations)) > 0) {
                j += len;
                continue;
            }
            if ((len = startsWith(t, j, to, postNegationCues)) > 0) {
                for (int k = from; k < j; k++) {
                    t[k] = t[k].withAssertion(Assertion.NEGATED);
                }
                j += len;
                continue;
            }
            if ((len = startsWith(t, j, to, negationCues)) > 0) {
                negating = true;
                j += len;
                continue;
            }
            if ((len = startsWith(t, j, to, suspicionCues)) > 0) {
                suspecting = true;
                j += len;
                continue;
            }
            if (negating) {
                t[j] = t[j].withAssertion(Assertion.NEGATED);
            } else if (suspecting && t[j].assertion() == Assertion.PRESENT) {
                t[j] = t[j].withAssertion(Assertion.SUSPECTED);
            }
            j++;
        }
    }

    private static int startsWith(Token[] t, int at, int to, List<List<String>> phrases) {
        int best = 0;
        for (List<String> p : phrases) {
            if (p.size() > best && at + p.size() <= to) {
                boolean ok = true;
                for (int k = 0; k < p.size() && ok; k++) {
                    ok = t[at + k].word().equals(p.get(k));
                }
                if (ok) {
                    best = p.size();
                }
            }
        }
        return best;
    }

    private static final Pattern LEVEL = Pattern.compile("[clts]\\d{1,2}(?:[-/][clts]?\\d{1,2})?");

    static boolean isLevel(String word) {
        if (word.length() < 2
                || word.length() > 7
                || "clts".indexOf(word.charAt(0)) < 0
                || !Character.isDigit(word.charAt(1))) {
            return false;
        }
        return LEVEL.matcher(word).matches();
    }
}
