package org.mrpa.indication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mrpa.advice.Reason;
import org.mrpa.protocol.ContrastPolicy;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.IndicationLexicon;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.Region;
import org.mrpa.protocol.Triggers;
import org.mrpa.protocol.catalog.ProtocolCatalog;

/**
 * Deterministic, explainable indication matcher (clinical reference §1.1): free text and ICD-10 codes to a
 * protocol family, region and protocol, saying which words or codes triggered it. Several matching
 * families are resolved by the lexicon's precedence tiers; out-of-scope regions are never mapped to the
 * nearest spine protocol.
 */
public final class IndicationMatcher {

    private record CodeTag(String prefix, TermTag tag) {}

    private record Hit(Evidence evidence, int position) {}

    private final ProtocolCatalog catalog;
    private final TermIndex index = new TermIndex();
    private final List<CodeTag> codeTags = new ArrayList<>();
    private final ClinicalText text;
    /** Per protocol: its trigger tag and, per combination, its group tags (built once, not per request). */
    private final Map<Protocol, TermTag> triggerTag = new java.util.IdentityHashMap<>();

    private final Map<Protocol, List<List<TermTag>>> comboTags = new java.util.IdentityHashMap<>();
    private final Map<Protocol, List<TermTag>> exceptionTags = new java.util.IdentityHashMap<>();

    public IndicationMatcher(ProtocolCatalog catalog) {
        this.catalog = catalog;
        IndicationLexicon lex = catalog.lexicon();
        for (Protocol p : catalog.protocols()) {
            triggerTag.put(p, new TermTag.Trigger(p.id()));
            List<List<TermTag>> combos = new ArrayList<>();
            for (int c = 0; c < p.triggers().combinations().size(); c++) {
                List<TermTag> groups = new ArrayList<>();
                for (int g = 0; g < p.triggers().combinations().get(c).all().size(); g++) {
                    groups.add(new TermTag.CombinationGroup(p.id(), c, g));
                }
                combos.add(List.copyOf(groups));
            }
            comboTags.put(p, List.copyOf(combos));
            List<TermTag> exceptions = new ArrayList<>();
            for (int x = 0; x < p.contrast().when().size(); x++) {
                exceptions.add(new TermTag.ContrastException(p.id(), x));
            }
            exceptionTags.put(p, List.copyOf(exceptions));
            Triggers t = p.triggers();
            t.terms().forEach(term -> index.add(term, new TermTag.Trigger(p.id())));
            t.icd10().forEach(code -> codeTags.add(new CodeTag(code, new TermTag.Trigger(p.id()))));
            for (int c = 0; c < t.combinations().size(); c++) {
                List<Triggers.TermGroup> groups = t.combinations().get(c).all();
                for (int g = 0; g < groups.size(); g++) {
                    TermTag tag = new TermTag.CombinationGroup(p.id(), c, g);
                    groups.get(g).terms().forEach(term -> index.add(term, tag));
                    groups.get(g).icd10().forEach(code -> codeTags.add(new CodeTag(code, tag)));
                }
            }
            List<ContrastPolicy.Exception> when = p.contrast().when();
            for (int x = 0; x < when.size(); x++) {
                TermTag tag = new TermTag.ContrastException(p.id(), x);
                when.get(x).terms().forEach(term -> index.add(term, tag));
                when.get(x).icd10().forEach(code -> codeTags.add(new CodeTag(code, tag)));
            }
        }
        lex.regions().forEach((region, words) -> {
            words.terms().forEach(term -> index.add(term, new TermTag.RegionWord(region)));
            words.icd10().forEach(code -> codeTags.add(new CodeTag(code, new TermTag.RegionWord(region))));
        });
        if (lex.outOfScope() != null) {
            lex.outOfScope().terms().forEach(term -> index.add(term, TermTag.Marker.OUT_OF_SCOPE));
            lex.outOfScope().icd10().forEach(code -> codeTags.add(new CodeTag(code, TermTag.Marker.OUT_OF_SCOPE)));
        }
        lex.redFlags().forEach(term -> index.add(term, TermTag.Marker.RED_FLAG));
        lex.priorManagement().forEach(term -> index.add(term, TermTag.Marker.PRIOR_MANAGEMENT));
        lex.intrathecalRequest().forEach(term -> index.add(term, TermTag.Marker.INTRATHECAL_REQUEST));
        this.text = new ClinicalText(lex, index.vocabulary());
    }

    /**
     * Matches an indication.
     *
     * @param freeText   referral text; may be null when codes are given
     * @param icd10Codes ICD-10 codes, each already valid per {@link Icd10#isValid}
     * @param regionHint region the order names (e.g. from the RIS exam code); wins over the text
     */
    public IndicationMatch match(String freeText, List<String> icd10Codes, Region regionHint) {
        String source = freeText == null ? "" : freeText;
        List<Token> tokens = text.tokens(source);
        List<Mention> mentions = index.find(tokens, source);
        // a body part inside a longer trigger ("breast cancer", "prostate ca") names a primary, not a region
        List<String> codes = icd10Codes == null
                ? List.of()
                : icd10Codes.stream().map(Icd10::normalise).distinct().toList();

        Map<TermTag, List<Hit>> byTag = new LinkedHashMap<>();
        List<Mention> familyMentions = mentions.stream()
                .filter(m -> m.tags().stream().anyMatch(TermTag.Trigger.class::isInstance))
                .toList();
        List<Mention> triggerMentions = mentions.stream()
                .filter(m -> m.tags().stream().anyMatch(TermTag::selectsProtocol))
                .toList();
        mentions = mentions.stream()
                .filter(m -> !(m.tags().equals(Set.of(TermTag.Marker.OUT_OF_SCOPE))
                        && triggerMentions.stream().anyMatch(m::within)))
                .toList();
        Set<Integer> otherRegionClauses = clausesOf(mentions, tokens, TermTag.Marker.OUT_OF_SCOPE);
        Set<Integer> spineClauses = spineClauses(mentions, tokens);
        for (Mention m : mentions) {
            if (!m.asserted()) {
                continue;
            }
            boolean shadowed = familyMentions.stream().anyMatch(o -> m.within(o) && o.asserted());
            int clause = tokens.get(m.first()).clause();
            boolean aboutOtherRegion = otherRegionClauses.contains(clause) && !spineClauses.contains(clause);
            for (TermTag tag : m.tags()) {
                if ((tag instanceof TermTag.Trigger && shadowed) || (tag.selectsProtocol() && aboutOtherRegion)) {
                    continue;
                }
                byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(new Hit(m.evidence(), m.first()));
            }
        }
        int codePosition = tokens.size();
        for (String code : codes) {
            for (CodeTag ct : codeTags) {
                if (Icd10.matches(code, ct.prefix())) {
                    byTag.computeIfAbsent(ct.tag(), k -> new ArrayList<>())
                            .add(new Hit(
                                    new Evidence(Evidence.Source.ICD10, ct.prefix(), code, Assertion.PRESENT, null),
                                    codePosition));
                }
            }
            codePosition++;
        }

        List<Evidence> negated = mentions.stream()
                .filter(m -> !m.asserted())
                .filter(m -> m.tags().stream().anyMatch(t -> t.selectsProtocol() || t == TermTag.Marker.RED_FLAG))
                .map(Mention::evidence)
                .distinct()
                .toList();
        List<Evidence> outOfScope = evidence(byTag.get(TermTag.Marker.OUT_OF_SCOPE));
        List<String> redFlags = phrases(byTag.get(TermTag.Marker.RED_FLAG));
        List<String> management = phrases(byTag.get(TermTag.Marker.PRIOR_MANAGEMENT));
        boolean intrathecal = byTag.containsKey(TermTag.Marker.INTRATHECAL_REQUEST);

        Map<Protocol, List<Hit>> protocolHits = new java.util.IdentityHashMap<>();
        for (Protocol p : catalog.protocols()) {
            List<Hit> hits = new ArrayList<>(byTag.getOrDefault(triggerTag.get(p), List.of()));
            List<List<TermTag>> combos = comboTags.get(p);
            for (List<TermTag> groups : combos) {
                List<Hit> comboHits = new ArrayList<>();
                boolean all = true;
                for (int g = 0; g < groups.size() && all; g++) {
                    List<Hit> groupHits = byTag.get(groups.get(g));
                    all = groupHits != null;
                    if (all) {
                        comboHits.addAll(groupHits);
                    }
                }
                if (all) {
                    hits.addAll(comboHits);
                }
            }
            if (!hits.isEmpty()) {
                protocolHits.put(p, hits);
            }
        }
        Map<Family, List<Hit>> familyHits = new EnumMap<>(Family.class);
        for (Protocol p : catalog.protocols()) {
            List<Hit> hits = protocolHits.get(p);
            if (hits != null) {
                familyHits.computeIfAbsent(p.family(), f -> new ArrayList<>()).addAll(hits);
            }
        }

        Map<Region, List<Hit>> regionHits = regionHits(byTag, tokens, source);
        Region region = regionHint != null ? regionHint : strongest(regionHits);
        List<Evidence> regionEvidence = regionHint != null
                ? List.of(new Evidence(
                        Evidence.Source.REGION_HINT, regionHint.name(), regionHint.name(), Assertion.PRESENT, null))
                : region == null ? List.of() : evidence(regionHits.get(region));

        List<Reason> reasons = new ArrayList<>();
        if (familyHits.isEmpty()) {
            return unmatched(outOfScope, negated, regionEvidence, reasons);
        }
        List<Family> tier = catalog.lexicon().familyPrecedence().stream()
                .filter(t -> t.stream().anyMatch(familyHits::containsKey))
                .findFirst()
                .orElseThrow();
        Protocol chosen = catalog.protocols().stream()
                .filter(p -> tier.contains(p.family()) && familyHits.containsKey(p.family()))
                .min(ranking(region, protocolHits, familyHits, tier))
                .orElseThrow();
        Family family = chosen.family();

        List<Evidence> familyEvidence = dedupe(familyHits.get(family));
        reasons.add(Reason.of("IND-FAMILY-MATCHED", family + " matched on " + describe(familyEvidence) + ".", "§1.1"));
        List<IndicationMatch.FamilyEvidence> others = new ArrayList<>();
        familyHits.forEach((f, hits) -> {
            if (f != family) {
                others.add(new IndicationMatch.FamilyEvidence(f, dedupe(hits)));
            }
        });
        if (!others.isEmpty()) {
            reasons.add(Reason.of(
                    "IND-PRECEDENCE",
                    "Also matched "
                            + others.stream().map(o -> o.family().name()).collect(Collectors.joining(", ")) + "; "
                            + family + " takes precedence"
                            + (others.stream().anyMatch(o -> tier.contains(o.family()))
                                    ? " (same precedence tier; region and matched triggers decide)"
                                    : "")
                            + " (precedence of clinical reference §1.1, a design choice).",
                    "§1.1"));
        }
        if (!negated.isEmpty()) {
            reasons.add(Reason.of("IND-NEGATED", "Negated, so not used: " + describe(negated) + ".", "§1.1"));
        }
        if (!outOfScope.isEmpty()) {
            reasons.add(Reason.of(
                    "IND-OUT-OF-SCOPE-MENTION",
                    "Mentions outside spine/paravertebral/SIJ scope are not covered by this protocol: "
                            + describe(outOfScope) + ".",
                    "§1.1"));
        }
        if (region == null) {
            reasons.add(Reason.of(
                    "IND-REGION-ASSUMED",
                    "No region named; " + chosen.id() + " covers " + chosen.region() + ".",
                    "§1.3"));
        } else if (region != chosen.region()) {
            reasons.add(Reason.of(
                    "IND-REGION-COVERED",
                    "Region " + region + " is covered by " + chosen.id() + " (" + chosen.region() + ").",
                    "§1.3"));
        }
        List<Integer> exceptions = new ArrayList<>();
        List<TermTag> exceptionTagsOfChosen = exceptionTags.get(chosen);
        for (int x = 0; x < exceptionTagsOfChosen.size(); x++) {
            if (byTag.containsKey(exceptionTagsOfChosen.get(x))) {
                exceptions.add(x);
            }
        }
        return new IndicationMatch(
                IndicationMatch.Status.MATCHED,
                family,
                chosen.region(),
                chosen,
                familyEvidence,
                regionEvidence,
                others,
                negated,
                outOfScope,
                redFlags,
                management,
                intrathecal,
                exceptions,
                reasons);
    }

    private static IndicationMatch unmatched(
            List<Evidence> outOfScope, List<Evidence> negated, List<Evidence> regionEvidence, List<Reason> reasons) {
        IndicationMatch.Status status;
        if (!outOfScope.isEmpty()) {
            status = IndicationMatch.Status.UNSUPPORTED_REGION;
            reasons.add(Reason.of(
                    "IND-UNSUPPORTED-REGION",
                    "The indication concerns " + describe(outOfScope)
                            + ", outside spine, paravertebral soft tissue and sacroiliac joints; no spine protocol is offered.",
                    "§1.1"));
        } else {
            status = IndicationMatch.Status.NOT_RECOGNISED;
            reasons.add(Reason.of(
                    "IND-NOT-RECOGNISED",
                    "No spine indication was recognised in the text or codes"
                            + (negated.isEmpty() ? "" : " (negated: " + describe(negated) + ")")
                            + "; no protocol is guessed. Rephrase the indication or add an ICD-10 code.",
                    "§1.1"));
        }
        return new IndicationMatch(
                status,
                null,
                null,
                null,
                List.of(),
                regionEvidence,
                List.of(),
                negated,
                outOfScope,
                List.of(),
                List.of(),
                false,
                List.of(),
                reasons);
    }

    private static Comparator<Protocol> ranking(
            Region region,
            Map<Protocol, List<Hit>> protocolHits,
            Map<Family, List<Hit>> familyHits,
            List<Family> tier) {
        return Comparator.<Protocol>comparingInt(p -> p.region() == region ? 0 : 1)
                .thenComparingInt(p -> -protocolHits.getOrDefault(p, List.of()).size())
                .thenComparingInt(p -> region != null && p.region() == Region.WHOLE_SPINE ? 0 : 1)
                .thenComparingInt(p -> -familyHits.get(p.family()).size())
                .thenComparingInt(p -> p.familyDefault() ? 0 : 1)
                .thenComparingInt(p -> tier.indexOf(p.family()));
    }

    private static Map<Region, List<Hit>> regionHits(Map<TermTag, List<Hit>> byTag, List<Token> tokens, String source) {
        Map<Region, List<Hit>> out = new EnumMap<>(Region.class);
        byTag.forEach((tag, hits) -> {
            if (tag instanceof TermTag.RegionWord word) {
                out.computeIfAbsent(word.region(), r -> new ArrayList<>()).addAll(hits);
            }
        });
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.assertion() == Assertion.NEGATED || !ClinicalText.isLevel(t.word())) {
                continue;
            }
            String w = t.word();
            boolean range = w.contains("-") || w.contains("/");
            Region r = switch (w.charAt(0)) {
                case 'c' -> Region.CERVICAL;
                case 't' -> range || !(w.equals("t1") || w.equals("t2")) ? Region.THORACIC : null;
                default -> Region.LUMBAR;
            };
            if (r != null) {
                String matched = source.substring(t.start(), t.end());
                out.computeIfAbsent(r, k -> new ArrayList<>())
                        .add(new Hit(
                                new Evidence(Evidence.Source.LEVEL, w.toUpperCase(), matched, t.assertion(), null), i));
            }
        }
        return out;
    }

    /** Clauses holding an asserted mention with the tag. */
    private static Set<Integer> clausesOf(List<Mention> mentions, List<Token> tokens, TermTag tag) {
        Set<Integer> out = new java.util.HashSet<>();
        mentions.stream()
                .filter(m -> m.asserted() && m.tags().contains(tag))
                .forEach(m -> out.add(tokens.get(m.first()).clause()));
        return out;
    }

    /**
     * Clauses that name a spinal region or level. A trigger in a clause about another body part ("knee pain
     * after twisting injury") counts only when the clause also names the spine.
     */
    private static Set<Integer> spineClauses(List<Mention> mentions, List<Token> tokens) {
        Set<Integer> out = new java.util.HashSet<>();
        mentions.stream()
                .filter(m -> m.asserted() && m.tags().stream().anyMatch(TermTag.RegionWord.class::isInstance))
                .forEach(m -> out.add(tokens.get(m.first()).clause()));
        tokens.stream().filter(t -> ClinicalText.isLevel(t.word())).forEach(t -> out.add(t.clause()));
        return out;
    }

    private static Region strongest(Map<Region, List<Hit>> hits) {
        return hits.entrySet().stream()
                .min(Comparator.<Map.Entry<Region, List<Hit>>>comparingInt(
                                e -> -e.getValue().size())
                        .thenComparingInt(e -> e.getValue().stream()
                                .mapToInt(Hit::position)
                                .min()
                                .orElse(Integer.MAX_VALUE)))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static List<Evidence> evidence(List<Hit> hits) {
        return hits == null ? List.of() : dedupe(hits);
    }

    private static List<Evidence> dedupe(List<Hit> hits) {
        Set<Evidence> out = new LinkedHashSet<>();
        hits.stream().sorted(Comparator.comparingInt(Hit::position)).forEach(h -> out.add(h.evidence()));
        return List.copyOf(out);
    }

    private static List<String> phrases(List<Hit> hits) {
        return hits == null
                ? List.of()
                : hits.stream().map(h -> h.evidence().trigger()).distinct().toList();
    }

    private static String describe(List<Evidence> evidence) {
        return evidence.stream()
                .map(e -> e.source() == Evidence.Source.ICD10
                        ? "code " + e.matched()
                        : "'" + e.matched() + "'"
                                + (e.trigger().equals(e.matched().toLowerCase()) ? "" : " (" + e.trigger() + ")")
                                + (e.assertion() == Assertion.SUSPECTED ? " [suspected]" : ""))
                .collect(Collectors.joining(", "));
    }
}
