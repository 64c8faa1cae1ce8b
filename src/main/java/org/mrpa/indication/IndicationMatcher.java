package org.mrpa.indication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mrpa.advice.Reason;
import org.mrpa.indication.TagHits.Hit;
import org.mrpa.indication.TermTag.Marker;
import org.mrpa.protocol.ContrastPolicy;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.IndicationLexicon;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.Region;
import org.mrpa.protocol.Triggers;
import org.mrpa.protocol.UrgencyCue;
import org.mrpa.protocol.catalog.ProtocolCatalog;

/**
 * Deterministic, explainable indication matcher (clinical reference §1.1): free text and ICD-10 codes to a
 * protocol family, region and protocol, saying which words or codes triggered it. Several matching
 * families are resolved by the lexicon's precedence tiers; out-of-scope regions are never mapped to the
 * nearest spine protocol.
 */
public final class IndicationMatcher {

    /** Protocols whose triggers were found, with their hits, and the same hits pooled by family. */
    private record Candidates(Map<Protocol, List<Hit>> byProtocol, Map<Family, List<Hit>> byFamily) {}

    /** The protocol chosen among the candidates, its precedence tier, its family's evidence and the other families. */
    private record Choice(
            Protocol protocol,
            List<Family> tier,
            List<Evidence> evidence,
            List<IndicationMatch.FamilyEvidence> otherFamilies) {

        Family family() {
            return protocol.family();
        }
    }

    private static final Set<String> EXAM_WORDS = Set.of("mri", "mr");
    private static final int EXAM_WORD_DISTANCE = 3;

    private final ProtocolCatalog catalog;
    private final TermIndex terms = new TermIndex();
    private final CodeIndex codes = new CodeIndex();
    private final ClinicalText text;

    public IndicationMatcher(ProtocolCatalog catalog) {
        this.catalog = catalog;
        catalog.protocols().forEach(this::indexProtocol);
        indexLexicon(catalog.lexicon());
        this.text = new ClinicalText(catalog.lexicon(), terms.vocabulary());
    }

    private void indexProtocol(Protocol p) {
        Triggers t = p.triggers();
        index(t.terms(), t.icd10(), new TermTag.Trigger(p.id()));
        for (int c = 0; c < t.combinations().size(); c++) {
            List<Triggers.TermGroup> groups = t.combinations().get(c).all();
            for (int g = 0; g < groups.size(); g++) {
                index(groups.get(g).terms(), groups.get(g).icd10(), new TermTag.CombinationGroup(p.id(), c, g));
            }
        }
        List<ContrastPolicy.Exception> when = p.contrast().when();
        for (int x = 0; x < when.size(); x++) {
            index(when.get(x).terms(), when.get(x).icd10(), new TermTag.ContrastException(p.id(), x));
        }
    }

    private void indexLexicon(IndicationLexicon lex) {
        lex.regions().forEach((region, words) -> index(words.terms(), words.icd10(), new TermTag.RegionWord(region)));
        if (lex.outOfScope() != null) {
            index(lex.outOfScope().terms(), lex.outOfScope().icd10(), Marker.OUT_OF_SCOPE);
        }
        index(lex.redFlags(), List.of(), Marker.RED_FLAG);
        index(lex.priorManagement(), List.of(), Marker.PRIOR_MANAGEMENT);
        index(lex.intrathecalRequest(), List.of(), Marker.INTRATHECAL_REQUEST);
        lex.urgencyCues().forEach((cue, phrases) -> index(phrases, List.of(), new TermTag.Urgency(cue)));
    }

    private void index(List<String> phrases, List<String> icd10Prefixes, TermTag tag) {
        phrases.forEach(phrase -> terms.add(phrase, tag));
        icd10Prefixes.forEach(prefix -> codes.add(prefix, tag));
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
        List<Mention> mentions = mentions(tokens, source);
        TagHits hits = assertedMentionHits(mentions, tokens);
        codes.addHits(normalised(icd10Codes), tokens.size(), hits);
        List<Evidence> negated = negatedTriggers(mentions);
        List<Evidence> outOfScope = hits.evidence(Marker.OUT_OF_SCOPE);
        RegionFinding region = RegionFinding.of(hits, tokens, source, regionHint);
        Candidates candidates = candidates(hits);
        if (candidates.byFamily().isEmpty() || examOfAnotherOrgan(mentions, tokens)) {
            return unmatched(outOfScope, negated, region.evidence());
        }
        Choice choice = byPrecedence(candidates, region.region());
        if (choice.family() == Family.MSCC || choice.family() == Family.TUMOR) {
            outOfScope = outOfScope.stream().filter(e -> !isCancerCode(e)).toList();
        }
        return IndicationMatch.builder(IndicationMatch.Status.MATCHED)
                .protocol(choice.protocol())
                .evidence(choice.evidence())
                .regionEvidence(region.evidence())
                .otherFamilies(choice.otherFamilies())
                .negated(negated)
                .outOfScope(outOfScope)
                .redFlags(hits.phrases(Marker.RED_FLAG))
                .priorManagement(hits.phrases(Marker.PRIOR_MANAGEMENT))
                .intrathecalRequested(hits.has(Marker.INTRATHECAL_REQUEST))
                .urgencyCues(urgencyCues(hits))
                .contrastExceptions(contrastExceptions(choice.protocol(), hits))
                .reasons(reasons(choice, negated, outOfScope, region.region()))
                .build();
    }

    /**
     * The catalog phrases in the text, each with its assertion. An out-of-scope body part inside a longer
     * trigger ("breast cancer", "prostate ca") names a primary, not a region, and is dropped.
     */
    private List<Mention> mentions(List<Token> tokens, String source) {
        List<Mention> found = terms.find(tokens, source);
        List<Mention> triggers = found.stream()
                .filter(m -> m.tags().stream().anyMatch(TermTag::selectsProtocol))
                .toList();
        return found.stream()
                .filter(m -> !(m.tags().equals(Set.of(Marker.OUT_OF_SCOPE))
                        && triggers.stream().anyMatch(m::within)))
                .toList();
    }

    /**
     * The tags of the asserted (present or suspected) mentions. A protocol trigger inside a longer asserted
     * trigger ("cord" in "cord lesion") is shadowed by it; triggers in a clause about another body part ("knee
     * pain after twisting injury") count only when that clause also names the spine.
     */
    private static TagHits assertedMentionHits(List<Mention> mentions, List<Token> tokens) {
        List<Mention> protocolTriggers = mentions.stream()
                .filter(m -> m.tags().stream().anyMatch(TermTag.Trigger.class::isInstance))
                .toList();
        Set<Integer> otherRegionClauses = outOfScopeClauses(mentions, tokens);
        Set<Integer> spineClauses = spineClauses(mentions, tokens);
        TagHits hits = new TagHits();
        for (Mention m : mentions) {
            if (!m.asserted()) {
                continue;
            }
            boolean shadowed = protocolTriggers.stream().anyMatch(o -> m.within(o) && o.asserted());
            int clause = tokens.get(m.first()).clause();
            boolean aboutOtherRegion = otherRegionClauses.contains(clause) && !spineClauses.contains(clause);
            for (TermTag tag : m.tags()) {
                boolean dropped =
                        (tag instanceof TermTag.Trigger && shadowed) || (tag.selectsProtocol() && aboutOtherRegion);
                if (!dropped) {
                    hits.add(tag, m.evidence(), m.first());
                }
            }
        }
        return hits;
    }

    /**
     * True when the examination asked for is of another organ ("MRI brain", "MRI L hip", "MRI both thighs") and no
     * spine examination is asked for: out of scope even when the disease named can involve the spine (§1.5).
     */
    private static boolean examOfAnotherOrgan(List<Mention> mentions, List<Token> tokens) {
        boolean otherOrgan = false;
        boolean spine = false;
        for (Mention m : mentions) {
            if (!m.asserted() || !examined(tokens, m.first())) {
                continue;
            }
            otherOrgan |= m.tags().contains(Marker.OUT_OF_SCOPE);
            spine |= m.tags().stream().anyMatch(TermTag.RegionWord.class::isInstance);
        }
        return otherOrgan && !spine;
    }

    /** True when the word at {@code index} follows "MRI" or "MR" within the same clause by at most two words. */
    private static boolean examined(List<Token> tokens, int index) {
        for (int k = Math.max(0, index - EXAM_WORD_DISTANCE); k < index; k++) {
            Token t = tokens.get(k);
            if (t.clause() == tokens.get(index).clause() && EXAM_WORDS.contains(t.word())) {
                return true;
            }
        }
        return false;
    }

    /** Clauses holding an asserted out-of-scope mention (brain, knee ...). */
    private static Set<Integer> outOfScopeClauses(List<Mention> mentions, List<Token> tokens) {
        Set<Integer> out = new HashSet<>();
        mentions.stream()
                .filter(m -> m.asserted() && m.tags().contains(Marker.OUT_OF_SCOPE))
                .forEach(m -> out.add(tokens.get(m.first()).clause()));
        return out;
    }

    /** Clauses that name a spinal region (asserted) or a vertebral level. */
    private static Set<Integer> spineClauses(List<Mention> mentions, List<Token> tokens) {
        Set<Integer> out = new HashSet<>();
        mentions.stream()
                .filter(m -> m.asserted() && m.tags().stream().anyMatch(TermTag.RegionWord.class::isInstance))
                .forEach(m -> out.add(tokens.get(m.first()).clause()));
        tokens.stream().filter(t -> ClinicalText.isLevel(t.word())).forEach(t -> out.add(t.clause()));
        return out;
    }

    private static List<String> normalised(List<String> icd10Codes) {
        return icd10Codes == null
                ? List.of()
                : icd10Codes.stream().map(Icd10::normalise).distinct().toList();
    }

    /** Negated triggers and red flags ("no trauma, no fever"): reported, never used. */
    private static List<Evidence> negatedTriggers(List<Mention> mentions) {
        return mentions.stream()
                .filter(m -> !m.asserted())
                .filter(m -> m.tags().stream().anyMatch(t -> t.selectsProtocol() || t == Marker.RED_FLAG))
                .map(Mention::evidence)
                .distinct()
                .toList();
    }

    /** A cancer code (ICD-10 chapter C): in a spine metastasis request it names the primary, not the exam (§1.5). */
    private static boolean isCancerCode(Evidence e) {
        return e.source() == Evidence.Source.ICD10 && e.matched().startsWith("C");
    }

    /** Protocols with a trigger or a complete combination found, in catalog order, and their hits by family. */
    private Candidates candidates(TagHits hits) {
        Map<Protocol, List<Hit>> byProtocol = new IdentityHashMap<>();
        Map<Family, List<Hit>> byFamily = new EnumMap<>(Family.class);
        for (Protocol p : catalog.protocols()) {
            List<Hit> found = protocolHits(p, hits);
            if (!found.isEmpty()) {
                byProtocol.put(p, found);
                byFamily.computeIfAbsent(p.family(), f -> new ArrayList<>()).addAll(found);
            }
        }
        return new Candidates(byProtocol, byFamily);
    }

    /** A protocol's trigger hits, then the hits of each of its combinations whose groups all matched. */
    private static List<Hit> protocolHits(Protocol p, TagHits hits) {
        List<Hit> found = new ArrayList<>(hits.of(new TermTag.Trigger(p.id())));
        List<Triggers.Combination> combinations = p.triggers().combinations();
        for (int c = 0; c < combinations.size(); c++) {
            found.addAll(combinationHits(p.id(), c, combinations.get(c).all().size(), hits));
        }
        return found;
    }

    /** The hits of every group of a combination, or none when a group did not match. */
    private static List<Hit> combinationHits(String protocolId, int combination, int groups, TagHits hits) {
        List<Hit> found = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            TermTag group = new TermTag.CombinationGroup(protocolId, combination, g);
            if (!hits.has(group)) {
                return List.of();
            }
            found.addAll(hits.of(group));
        }
        return found;
    }

    /** No family matched: out of scope when another body part was named, else not recognised; never a guess. */
    private static IndicationMatch unmatched(
            List<Evidence> outOfScope, List<Evidence> negated, List<Evidence> regionEvidence) {
        boolean elsewhere = !outOfScope.isEmpty();
        Reason reason = elsewhere ? MatchReasons.unsupportedRegion(outOfScope) : MatchReasons.notRecognised(negated);
        return IndicationMatch.builder(
                        elsewhere ? IndicationMatch.Status.UNSUPPORTED_REGION : IndicationMatch.Status.NOT_RECOGNISED)
                .regionEvidence(regionEvidence)
                .negated(negated)
                .outOfScope(outOfScope)
                .reasons(new ArrayList<>(List.of(reason)))
                .build();
    }

    /**
     * The protocol of the first precedence tier (clinical reference §1.1) holding a matched family; within the
     * tier, {@link #ranking} decides.
     */
    private Choice byPrecedence(Candidates candidates, Region region) {
        Map<Family, List<Hit>> byFamily = candidates.byFamily();
        List<Family> tier = catalog.lexicon().familyPrecedence().stream()
                .filter(t -> t.stream().anyMatch(byFamily::containsKey))
                .findFirst()
                .orElseThrow();
        Protocol chosen = catalog.protocols().stream()
                .filter(p -> tier.contains(p.family()) && byFamily.containsKey(p.family()))
                .min(ranking(region, candidates, tier))
                .orElseThrow();
        List<IndicationMatch.FamilyEvidence> others = new ArrayList<>();
        byFamily.forEach((f, hits) -> {
            if (f != chosen.family()) {
                others.add(new IndicationMatch.FamilyEvidence(f, TagHits.evidenceOf(hits)));
            }
        });
        return new Choice(chosen, tier, TagHits.evidenceOf(byFamily.get(chosen.family())), others);
    }

    /**
     * Protocols of one tier, best first: of the named region, most hits of its own, whole spine when a region is
     * named, most hits of its family, the family default, the family listed first in the tier.
     */
    private static Comparator<Protocol> ranking(Region region, Candidates candidates, List<Family> tier) {
        return Comparator.<Protocol>comparingInt(p -> p.region() == region ? 0 : 1)
                .thenComparingInt(
                        p -> -candidates.byProtocol().getOrDefault(p, List.of()).size())
                .thenComparingInt(p -> region != null && p.region() == Region.WHOLE_SPINE ? 0 : 1)
                .thenComparingInt(p -> -candidates.byFamily().get(p.family()).size())
                .thenComparingInt(p -> p.familyDefault() ? 0 : 1)
                .thenComparingInt(p -> tier.indexOf(p.family()));
    }

    /** The asserted urgency cues (§1.4) and the words they were found by; negated cues are not there. */
    private static Map<UrgencyCue, List<Evidence>> urgencyCues(TagHits hits) {
        Map<UrgencyCue, List<Evidence>> out = new EnumMap<>(UrgencyCue.class);
        for (UrgencyCue cue : UrgencyCue.values()) {
            List<Evidence> found = hits.evidence(new TermTag.Urgency(cue));
            if (!found.isEmpty()) {
                out.put(cue, found);
            }
        }
        return out;
    }

    /** Indices of the chosen protocol's contrast exceptions the indication asserts (e.g. spondylotic myelopathy). */
    private static List<Integer> contrastExceptions(Protocol chosen, TagHits hits) {
        List<Integer> out = new ArrayList<>();
        for (int x = 0; x < chosen.contrast().when().size(); x++) {
            if (hits.has(new TermTag.ContrastException(chosen.id(), x))) {
                out.add(x);
            }
        }
        return out;
    }

    /** Family matched, other families and precedence, negated words, out-of-scope mentions, region: in this order. */
    private static List<Reason> reasons(
            Choice choice, List<Evidence> negated, List<Evidence> outOfScope, Region namedRegion) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(MatchReasons.familyMatched(choice.family(), choice.evidence()));
        if (!choice.otherFamilies().isEmpty()) {
            reasons.add(MatchReasons.precedence(choice.family(), choice.otherFamilies(), choice.tier()));
        }
        if (!negated.isEmpty()) {
            reasons.add(MatchReasons.negated(negated));
        }
        if (!outOfScope.isEmpty()) {
            reasons.add(MatchReasons.outOfScopeMention(outOfScope));
        }
        MatchReasons.regionCoverage(namedRegion, choice.protocol()).ifPresent(reasons::add);
        return reasons;
    }
}
