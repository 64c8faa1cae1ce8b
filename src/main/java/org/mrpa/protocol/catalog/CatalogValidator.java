package org.mrpa.protocol.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mrpa.protocol.ContrastPhase;
import org.mrpa.protocol.ContrastPolicy;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.GadoliniumAgent;
import org.mrpa.protocol.IndicationLexicon;
import org.mrpa.protocol.MarsMeasure;
import org.mrpa.protocol.MarsRule;
import org.mrpa.protocol.ParameterRanges;
import org.mrpa.protocol.Plane;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.Region;
import org.mrpa.protocol.ScannerProfile;
import org.mrpa.protocol.SequenceSpec;
import org.mrpa.protocol.SequenceTemplate;
import org.mrpa.protocol.SitePolicy;
import org.mrpa.protocol.Triggers;
import org.mrpa.protocol.VertebralLevel;
import org.mrpa.protocol.Weighting;

/** Semantic checks of a parsed catalog: references resolve, ranges are ordered, clinical hard rules hold. */
final class CatalogValidator {

    /** Source keys of clinical reference §9. */
    static final Pattern SOURCE_KEY = Pattern.compile("S([1-9]|1[0-9]|2[0-6])");

    static final Pattern ICD10_PREFIX = Pattern.compile("[A-Z]([0-9][0-9A-Z]?(\\.[0-9A-Z]{0,4})?)?");
    static final Pattern PROTOCOL_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Regions whose pixel size the reference gives (§2: cervical pixel area <= 1.0 mm2, S14). */
    static final Set<Region> PIXEL_SIZE_REGIONS = EnumSet.of(Region.CERVICAL, Region.CERVICOTHORACIC);

    private final List<CatalogProblem> problems;

    CatalogValidator(List<CatalogProblem> problems) {
        this.problems = problems;
    }

    void validate(
            SitePolicy policy,
            Map<String, SequenceTemplate> templates,
            Map<Region, Map<Plane, ParameterRanges>> geometry,
            IndicationLexicon lexicon,
            Map<String, Protocol> protocolsByFile) {
        validateTemplates(templates);
        validateGeometry(geometry);
        validatePolicy(policy);
        validateLexicon(lexicon);
        Set<String> ids = new HashSet<>();
        protocolsByFile.forEach((file, p) -> {
            validateProtocol(file, p, templates);
            validateContrastOrder(file, p);
            validateGeometryOf(file, p, templates, geometry);
            if (p.id() != null && !ids.add(p.id())) {
                problems.add(new CatalogProblem(file, "id", "duplicate protocol id '" + p.id() + "'"));
            }
        });
        validateFamilyCoverage(protocolsByFile.values());
    }

    void validateClassification(org.mrpa.protocol.HeaderClassification c) {
        String f = CatalogLoader.HEADER_CLASSIFICATION;
        for (String band : List.of("1.5", "3")) {
            Range r = c.stirInversionTimeMs().get(band);
            if (r == null) {
                problems.add(new CatalogProblem(f, "stirInversionTimeMs", "needs a range for \"" + band + "\""));
            } else {
                range(f, "stirInversionTimeMs." + band, r);
            }
        }
        c.stirInversionTimeMs().keySet().stream()
                .filter(k -> FieldStrength.ofKey(k).isEmpty())
                .forEach(k -> problems.add(new CatalogProblem(
                        f, "stirInversionTimeMs", "field strength key must be \"1.5\" or \"3\", was '" + k + "'")));
        if (require(f, "flairInversionTimeMs", c.flairInversionTimeMs())) {
            range(f, "flairInversionTimeMs", c.flairInversionTimeMs());
        }
        if (require(f, "t1FlairInversionTimeMs", c.t1FlairInversionTimeMs())) {
            range(f, "t1FlairInversionTimeMs", c.t1FlairInversionTimeMs());
        }
        for (var e : java.util.Map.of(
                        "t1SpinEcho",
                        java.util.Optional.ofNullable(c.t1SpinEcho()),
                        "t2SpinEcho",
                        java.util.Optional.ofNullable(c.t2SpinEcho()),
                        "pdSpinEcho",
                        java.util.Optional.ofNullable(c.pdSpinEcho()))
                .entrySet()) {
            if (e.getValue().isEmpty()
                    || e.getValue().get().repetitionTimeMs() == null
                    || e.getValue().get().echoTimeMs() == null) {
                problems.add(new CatalogProblem(f, e.getKey(), "needs repetitionTimeMs and echoTimeMs ranges"));
            } else {
                range(f, e.getKey() + ".repetitionTimeMs", e.getValue().get().repetitionTimeMs());
                range(f, e.getKey() + ".echoTimeMs", e.getValue().get().echoTimeMs());
            }
        }
        if (require(f, "defaultTolerancePercent", c.defaultTolerancePercent())
                && (c.defaultTolerancePercent() < 0 || c.defaultTolerancePercent() > 50)) {
            problems.add(new CatalogProblem(
                    f, "defaultTolerancePercent", "must be between 0 and 50, was " + c.defaultTolerancePercent()));
        }
        patterns(f, "postContrastDescriptions", c.postContrastDescriptions());
        patterns(f, "localizerDescriptions", c.localizerDescriptions());
    }

    /**
     * Each metal-artifact measure names its reason code and sources, and changes at least one range: a factor other
     * than 1 or a range it sets (§5). Factors are positive.
     */
    void validateMarsMeasures(Map<String, MarsMeasure> measures) {
        String f = CatalogLoader.MARS_MEASURES;
        measures.forEach((name, m) -> {
            if (m == null) {
                problems.add(new CatalogProblem(f, name, "measure is empty"));
                return;
            }
            require(f, name + ".rule", m.rule());
            sources(f, name + ".source", m.source());
            ranges(f, name + ".set", m.set());
            m.scale().asMap().forEach((param, factor) -> {
                if ((factor.min() != null && factor.min() <= 0) || (factor.max() != null && factor.max() <= 0)) {
                    problems.add(new CatalogProblem(f, name + ".scale." + param, "factors must be positive"));
                }
            });
            if (!m.changesAnything()) {
                problems.add(new CatalogProblem(
                        f,
                        name,
                        "declared as changing parameters but changes none (every factor is 1 and nothing is set)"));
            }
        });
    }

    private void patterns(String file, String at, List<String> patterns) {
        for (int i = 0; i < patterns.size(); i++) {
            try {
                Pattern.compile(patterns.get(i));
            } catch (java.util.regex.PatternSyntaxException e) {
                problems.add(new CatalogProblem(
                        file, at + "[" + i + "]", "not a valid regular expression: " + e.getDescription()));
            }
        }
    }

    private void validateTemplates(Map<String, SequenceTemplate> templates) {
        String f = CatalogLoader.TEMPLATES;
        if (templates.isEmpty()) {
            problems.add(new CatalogProblem(f, "", "no templates defined"));
        }
        templates.forEach((id, t) -> {
            if (t == null) {
                problems.add(new CatalogProblem(f, id, "template is empty"));
                return;
            }
            require(f, id + ".weighting", t.weighting());
            require(f, id + ".fatSuppression", t.fatSuppression());
            require(f, id + ".technique", t.technique());
            sources(f, id + ".source", t.source());
            rangesByField(f, id + ".ranges", t.ranges());
            validateBValues(f, id, t);
            MarsRule m = t.mars();
            require(f, id + ".mars.action", m.action());
            require(f, id + ".mars.rule", m.rule());
            sources(f, id + ".mars.source", m.source());
            if (m.action() == MarsRule.Action.REPLACE && m.options().isEmpty()) {
                problems.add(new CatalogProblem(f, id + ".mars.options", "REPLACE needs at least one option"));
            }
            for (int i = 0; i < m.options().size(); i++) {
                for (String ref : m.options().get(i)) {
                    if (!templates.containsKey(ref)) {
                        problems.add(new CatalogProblem(
                                f, id + ".mars.options[" + i + "]", "unknown template '" + ref + "'"));
                    }
                }
            }
        });
    }

    /** A DWI technique lists its b-values (s/mm2), non-negative and ascending; other techniques have none. */
    private void validateBValues(String f, String id, SequenceTemplate t) {
        if (t.weighting() != Weighting.DWI) {
            if (!t.bValues().isEmpty()) {
                problems.add(new CatalogProblem(f, id + ".bValues", "only a DWI template has b-values"));
            }
            return;
        }
        if (t.bValues().isEmpty()) {
            problems.add(new CatalogProblem(f, id + ".bValues", "a DWI template needs its b-values (s/mm2)"));
        }
        for (int i = 0; i < t.bValues().size(); i++) {
            Double b = t.bValues().get(i);
            if (b == null
                    || b < 0
                    || (i > 0
                            && t.bValues().get(i - 1) != null
                            && b <= t.bValues().get(i - 1))) {
                problems.add(new CatalogProblem(
                        f, id + ".bValues[" + i + "]", "b-values must be non-negative and ascending, was " + b));
            }
        }
    }

    private void validateGeometry(Map<Region, Map<Plane, ParameterRanges>> geometry) {
        if (geometry == null) {
            return;
        }
        geometry.forEach((region, planes) -> {
            if (planes != null) {
                planes.forEach((plane, r) -> ranges(CatalogLoader.GEOMETRY, region + "." + plane, r));
            }
        });
    }

    private void validatePolicy(SitePolicy p) {
        String f = CatalogLoader.SITE_POLICY;
        if (p == null) {
            return;
        }
        if (require(f, "gadolinium", p.gadolinium())) {
            validateGadolinium(f, p.gadolinium());
        }
        if (require(f, "pregnancy", p.pregnancy())) {
            require(f, "pregnancy.prefer1_5T", p.pregnancy().prefer1_5T());
            if (require(f, "pregnancy.childbearingAgeYears", p.pregnancy().childbearingAgeYears())) {
                range(f, "pregnancy.childbearingAgeYears", p.pregnancy().childbearingAgeYears());
            }
        }
        if (require(f, "implants", p.implants())) {
            require(f, "implants.ballisticFragmentReview", p.implants().ballisticFragmentReview());
            require(f, "implants.unlabelledApprovedFieldStrengthT", p.implants().unlabelledApprovedFieldStrengthT());
        }
        if (require(f, "mars", p.mars())) {
            validateMars(f, p.mars());
        }
        if (require(f, "patients", p.patients())) {
            require(f, "patients.pediatricAgeYears", p.patients().pediatricAgeYears());
            require(
                    f,
                    "patients.sedationConsiderationBelowAgeYears",
                    p.patients().sedationConsiderationBelowAgeYears());
        }
        validateScanners(f, p);
    }

    private void validateGadolinium(String f, SitePolicy.Gadolinium g) {
        require(f, "gadolinium.agentGroup", g.agentGroup());
        if (require(f, "gadolinium.egfrThreshold", g.egfrThreshold())
                && (g.egfrThreshold() <= 0 || g.egfrThreshold() > 150)) {
            problems.add(new CatalogProblem(
                    f,
                    "gadolinium.egfrThreshold",
                    "must be between 0 and 150 mL/min/1.73 m2, was " + g.egfrThreshold()));
        }
        require(f, "gadolinium.severeRenalImpairment", g.severeRenalImpairment());
        require(f, "gadolinium.hemodialysis", g.hemodialysis());
        require(f, "gadolinium.peritonealDialysisPreferCt", g.peritonealDialysisPreferCt());
        require(f, "gadolinium.egfrRequired", g.egfrRequired());
        require(f, "gadolinium.mildReactionPremedication", g.mildReactionPremedication());
        require(f, "gadolinium.unknownPregnancy", g.unknownPregnancy());
        if (g.volumeCapMl() != null && g.volumeCapMl() <= 0) {
            problems.add(new CatalogProblem(f, "gadolinium.volumeCapMl", "must be positive or null"));
        }
        validateAgents(f, g.agents());
    }

    private void validateMars(String f, SitePolicy.Mars m) {
        if (require(f, "mars.marginVertebralLevels", m.marginVertebralLevels()) && m.marginVertebralLevels() < 0) {
            problems.add(new CatalogProblem(f, "mars.marginVertebralLevels", "must not be negative"));
        }
        Range bw = m.bandwidthFactor();
        if (require(f, "mars.bandwidthFactor", bw)) {
            if (bw.min() == null || bw.max() == null || bw.min() < 1 || !bw.isOrdered()) {
                problems.add(new CatalogProblem(f, "mars.bandwidthFactor", "needs min >= 1 and max >= min"));
            } else if (bw.max() == 1) {
                problems.add(new CatalogProblem(
                        f,
                        "mars.bandwidthFactor",
                        "HIGH_BANDWIDTH raises the bandwidth (§5 rule 6: about x2-4); a factor of 1 changes nothing"));
            }
        }
        require(f, "mars.prefer1_5T", m.prefer1_5T());
    }

    private void validateAgents(String f, List<GadoliniumAgent> agents) {
        boolean usable = false;
        for (int i = 0; i < agents.size(); i++) {
            GadoliniumAgent a = agents.get(i);
            String at = "gadolinium.agents[" + i + "]";
            require(f, at + ".name", a.name());
            require(f, at + ".structure", a.structure());
            if (require(f, at + ".acrGroup", a.acrGroup())
                    && !Set.of("I", "II", "III").contains(a.acrGroup())) {
                problems.add(
                        new CatalogProblem(f, at + ".acrGroup", "must be I, II or III, was '" + a.acrGroup() + "'"));
            }
            if ("II".equals(a.acrGroup()) && a.spineUse()) {
                usable = true;
                if (a.doseMmolPerKg() == null || a.doseMmolPerKg() <= 0) {
                    problems.add(new CatalogProblem(
                            f, at + ".doseMmolPerKg", "a group II spine agent needs a positive labelled dose"));
                }
                if (a.concentrationMolar() == null || a.concentrationMolar() <= 0) {
                    problems.add(new CatalogProblem(
                            f, at + ".concentrationMolar", "a group II spine agent needs a positive concentration"));
                }
            }
        }
        if (!usable) {
            problems.add(new CatalogProblem(f, "gadolinium.agents", "no group II agent usable for spine"));
        }
    }

    private void validateScanners(String f, SitePolicy p) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < p.scanners().size(); i++) {
            ScannerProfile s = p.scanners().get(i);
            String at = "scanners[" + i + "]";
            if (require(f, at + ".id", s.id()) && !ids.add(s.id())) {
                problems.add(new CatalogProblem(f, at + ".id", "duplicate scanner id '" + s.id() + "'"));
            }
            if (require(f, at + ".fieldStrengthT", s.fieldStrengthT())
                    && (s.fieldStrengthT() <= 0 || s.fieldStrengthT() > 11.7)) {
                problems.add(new CatalogProblem(
                        f, at + ".fieldStrengthT", "must be between 0 and 11.7 T, was " + s.fieldStrengthT()));
            }
        }
        if (p.scanners().isEmpty()) {
            problems.add(new CatalogProblem(f, "scanners", "at least one scanner is needed"));
        } else if (p.defaultScanner() == null || !ids.contains(p.defaultScanner())) {
            problems.add(new CatalogProblem(
                    f,
                    "defaultScanner",
                    "must name one of the scanners " + ids + ", was '" + p.defaultScanner() + "'"));
        }
    }

    private void validateLexicon(IndicationLexicon lex) {
        String f = CatalogLoader.LEXICON;
        if (lex == null) {
            return;
        }
        Set<Family> seen = EnumSet.noneOf(Family.class);
        for (Family fam : lex.familyPrecedence().stream().flatMap(List::stream).toList()) {
            if (!seen.add(fam)) {
                problems.add(new CatalogProblem(f, "familyPrecedence", "family " + fam + " listed twice"));
            }
        }
        Set<Family> missing = EnumSet.allOf(Family.class);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            problems.add(new CatalogProblem(f, "familyPrecedence", "families missing: " + missing));
        }
        lex.regions().forEach((region, words) -> icd(f, "regions." + region + ".icd10", words.icd10()));
        if (lex.outOfScope() != null) {
            icd(f, "outOfScope.icd10", lex.outOfScope().icd10());
        }
        for (int i = 0; i < lex.implantLocations().size(); i++) {
            IndicationLexicon.ImplantLocation loc = lex.implantLocations().get(i);
            if (loc.placement() != null && loc.fromLevel() == null && loc.toLevel() == null) {
                continue; // placed above C1 or far from the spine, not at levels
            }
            level(f, "implantLocations[" + i + "].fromLevel", loc.fromLevel());
            level(f, "implantLocations[" + i + "].toLevel", loc.toLevel());
        }
    }

    private void validateProtocol(String file, Protocol p, Map<String, SequenceTemplate> templates) {
        if (require(file, "id", p.id())) {
            if (!PROTOCOL_ID.matcher(p.id()).matches()) {
                problems.add(new CatalogProblem(file, "id", "'" + p.id() + "' must be lower-case words joined by '-'"));
            } else if (!file.equals(p.id() + ".yaml")) {
                problems.add(new CatalogProblem(
                        file, "id", "'" + p.id() + "' must match the file name (" + p.id() + ".yaml)"));
            }
        }
        require(file, "title", p.title());
        require(file, "family", p.family());
        require(file, "region", p.region());
        sources(file, "source", p.source());
        validateTriggers(file, p.triggers());
        if (require(file, "coil", p.coil()) && p.coil().receive().isEmpty()) {
            problems.add(new CatalogProblem(file, "coil.receive", "at least one receive coil is needed"));
        }
        validateContrast(file, p.contrast());
        if (p.sequences().isEmpty()) {
            problems.add(new CatalogProblem(file, "sequences", "at least one sequence is needed"));
        }
        Set<String> seqIds = new HashSet<>();
        for (int i = 0; i < p.sequences().size(); i++) {
            validateSequence(file, "sequences[" + i + "]", p.sequences().get(i), templates, seqIds);
        }
        for (int i = 0; i < p.noContrast().add().size(); i++) {
            SequenceSpec s = p.noContrast().add().get(i);
            validateSequence(file, "noContrast.add[" + i + "]", s, templates, seqIds);
            if (s.phase() == ContrastPhase.POST) {
                problems.add(new CatalogProblem(
                        file, "noContrast.add[" + i + "].phase", "the no-contrast variant cannot add a POST sequence"));
            }
        }
        for (int i = 0; i < p.abbreviated().size(); i++) {
            if (p.sequence(p.abbreviated().get(i)).isEmpty()) {
                problems.add(new CatalogProblem(
                        file,
                        "abbreviated[" + i + "]",
                        "unknown sequence id '" + p.abbreviated().get(i) + "'"));
            }
        }
        if (p.tolerancePercent() != null && (p.tolerancePercent() < 0 || p.tolerancePercent() > 50)) {
            problems.add(new CatalogProblem(
                    file, "tolerancePercent", "must be between 0 and 50, was " + p.tolerancePercent()));
        }
        if (p.postContrastDelayMin() != null && (p.postContrastDelayMin() < 0 || p.postContrastDelayMin() > 30)) {
            problems.add(new CatalogProblem(file, "postContrastDelayMin", "must be between 0 and 30 minutes"));
        }
    }

    /**
     * Every pre-contrast sequence comes before the first post-contrast one, in the protocol (the CONTRAST variant; the
     * NO_CONTRAST and MARS variants keep that order) and in its abbreviated list (§1.2, S26: gadolinium cannot be
     * taken back).
     */
    private void validateContrastOrder(String file, Protocol p) {
        String firstPost = null;
        for (int i = 0; i < p.sequences().size(); i++) {
            SequenceSpec s = p.sequences().get(i);
            firstPost = preAfterPost(file, "sequences[" + i + "].phase", s, firstPost);
        }
        firstPost = null;
        for (int i = 0; i < p.abbreviated().size(); i++) {
            SequenceSpec s = p.sequence(p.abbreviated().get(i)).orElse(null);
            if (s != null) {
                firstPost = preAfterPost(file, "abbreviated[" + i + "]", s, firstPost);
            }
        }
    }

    /** Reports a PRE sequence after a POST one; returns the id of the first POST sequence seen so far. */
    private String preAfterPost(String file, String at, SequenceSpec s, String firstPost) {
        if (s.phase() == ContrastPhase.POST) {
            return firstPost == null ? s.id() : firstPost;
        }
        if (firstPost != null) {
            problems.add(new CatalogProblem(
                    file,
                    at,
                    "PRE sequence '" + s.id() + "' after the POST sequence '" + firstPost
                            + "': every pre-contrast sequence comes before the first post-contrast one (§1.2)"));
        }
        return firstPost;
    }

    private void validateSequence(
            String file, String at, SequenceSpec s, Map<String, SequenceTemplate> templates, Set<String> seqIds) {
        if (require(file, at + ".id", s.id()) && !seqIds.add(s.id())) {
            problems.add(new CatalogProblem(file, at + ".id", "duplicate sequence id '" + s.id() + "'"));
        }
        require(file, at + ".plane", s.plane());
        if (!require(file, at + ".template", s.template())) {
            return;
        }
        SequenceTemplate t = templates.get(s.template());
        if (t == null) {
            problems.add(new CatalogProblem(
                    file,
                    at + ".template",
                    "unknown template '" + s.template() + "' (known: " + templates.keySet() + ")"));
            return;
        }
        if (s.phase() == ContrastPhase.POST
                && t.weighting() != null
                && !t.weighting().isT1Weighted()) {
            problems.add(new CatalogProblem(
                    file,
                    at + ".phase",
                    "POST needs a T1-weighted template; '" + s.template() + "' is " + t.weighting()
                            + " (post-contrast images are T1-weighted, never STIR after gadolinium, S26)"));
        }
        rangesByField(file, at + ".parameters", s.parameters());
    }

    /**
     * Every sequence has slice thickness, gap and field of view at both field strengths, and pixel size where the
     * reference gives one (§2: cervical pixel area, S14), from the template, the region's geometry or its own
     * parameters.
     */
    private void validateGeometryOf(
            String file,
            Protocol p,
            Map<String, SequenceTemplate> templates,
            Map<Region, Map<Plane, ParameterRanges>> geometry) {
        if (p.region() == null) {
            return;
        }
        for (int i = 0; i < p.sequences().size(); i++) {
            completeGeometry(file, "sequences[" + i + "]", p, p.sequences().get(i), templates, geometry);
        }
        for (int i = 0; i < p.noContrast().add().size(); i++) {
            completeGeometry(
                    file, "noContrast.add[" + i + "]", p, p.noContrast().add().get(i), templates, geometry);
        }
    }

    private void completeGeometry(
            String file,
            String at,
            Protocol p,
            SequenceSpec s,
            Map<String, SequenceTemplate> templates,
            Map<Region, Map<Plane, ParameterRanges>> geometry) {
        SequenceTemplate t = s.template() == null ? null : templates.get(s.template());
        if (t == null || s.plane() == null) {
            return;
        }
        ParameterRanges regional = geometry == null
                ? null
                : geometry.getOrDefault(p.region(), Map.of()).get(s.plane());
        for (FieldStrength f : FieldStrength.values()) {
            Map<String, Range> r = t.rangesAt(f)
                    .overlay(regional)
                    .overlay(s.parameters().get(f.key()))
                    .asMap();
            List<String> missing = new ArrayList<>();
            for (String name : List.of("sliceThicknessMm", "sliceGapMm", "fieldOfViewMm")) {
                if (!r.containsKey(name)) {
                    missing.add(name);
                }
            }
            if (PIXEL_SIZE_REGIONS.contains(p.region()) && !r.containsKey("pixelSizeMm")) {
                missing.add("pixelSizeMm");
            }
            if (!missing.isEmpty()) {
                problems.add(new CatalogProblem(
                        file,
                        at + ".parameters." + f.key(),
                        "needs " + String.join(", ", missing) + " (none in geometry.yaml " + p.region() + "."
                                + s.plane() + ", the template " + t.id() + " or the sequence's parameters; §2)"));
            }
        }
    }

    private void validateTriggers(String file, Triggers t) {
        for (int i = 0; i < t.terms().size(); i++) {
            term(file, "triggers.terms[" + i + "]", t.terms().get(i));
        }
        icd(file, "triggers.icd10", t.icd10());
        for (int i = 0; i < t.combinations().size(); i++) {
            Triggers.Combination c = t.combinations().get(i);
            if (c.all().size() < 2) {
                problems.add(new CatalogProblem(
                        file, "triggers.combinations[" + i + "].all", "a combination needs at least two groups"));
            }
            for (int g = 0; g < c.all().size(); g++) {
                Triggers.TermGroup grp = c.all().get(g);
                String at = "triggers.combinations[" + i + "].all[" + g + "]";
                if (grp.terms().isEmpty() && grp.icd10().isEmpty()) {
                    problems.add(new CatalogProblem(file, at, "a group needs terms or icd10 codes"));
                }
                icd(file, at + ".icd10", grp.icd10());
            }
        }
    }

    private void validateContrast(String file, ContrastPolicy c) {
        if (!require(file, "contrast", c)) {
            return;
        }
        require(file, "contrast.need", c.need());
        sources(file, "contrast.source", c.source());
        for (int i = 0; i < c.when().size(); i++) {
            ContrastPolicy.Exception e = c.when().get(i);
            String at = "contrast.when[" + i + "]";
            require(file, at + ".need", e.need());
            if (e.terms().isEmpty() && e.icd10().isEmpty()) {
                problems.add(new CatalogProblem(file, at, "needs terms or icd10 codes"));
            }
            icd(file, at + ".icd10", e.icd10());
            sources(file, at + ".source", e.source());
        }
    }

    private void validateFamilyCoverage(java.util.Collection<Protocol> protocols) {
        for (Family fam : Family.values()) {
            List<String> all = new ArrayList<>();
            List<String> defaults = new ArrayList<>();
            for (Protocol p : protocols) {
                if (p.family() == fam) {
                    all.add(p.id());
                    if (p.familyDefault()) {
                        defaults.add(p.id());
                    }
                }
            }
            if (all.isEmpty()) {
                problems.add(new CatalogProblem("protocols/", "family", "no protocol for family " + fam));
            } else if (defaults.size() != 1) {
                problems.add(new CatalogProblem(
                        "protocols/",
                        "familyDefault",
                        "family " + fam + " needs exactly one protocol with familyDefault: true, has " + defaults));
            }
        }
    }

    private void rangesByField(String file, String at, Map<String, ParameterRanges> byField) {
        byField.forEach((key, r) -> {
            if (FieldStrength.ofKey(key).isEmpty()) {
                problems.add(
                        new CatalogProblem(file, at, "field strength key must be \"1.5\" or \"3\", was '" + key + "'"));
            }
            ranges(file, at + "." + key, r);
        });
    }

    private void ranges(String file, String at, ParameterRanges r) {
        if (r == null) {
            return;
        }
        r.asMap().forEach((name, range) -> range(file, at + "." + name, range));
    }

    private void range(String file, String at, Range range) {
        if (range.min() == null && range.max() == null) {
            problems.add(new CatalogProblem(file, at, "range needs min or max"));
        } else if (!range.isOrdered()) {
            problems.add(new CatalogProblem(file, at, "min " + range.min() + " is above max " + range.max()));
        } else if ((range.min() != null && range.min() < 0) || (range.max() != null && range.max() < 0)) {
            problems.add(new CatalogProblem(file, at, "must not be negative"));
        }
    }

    private void sources(String file, String at, List<String> sources) {
        for (String s : sources) {
            if (s == null || !SOURCE_KEY.matcher(s).matches()) {
                problems.add(new CatalogProblem(
                        file, at, "'" + s + "' is not a source key of the clinical reference (S1-S26)"));
            }
        }
    }

    private void icd(String file, String at, List<String> codes) {
        for (String c : codes) {
            if (c == null || !ICD10_PREFIX.matcher(c).matches()) {
                problems.add(new CatalogProblem(file, at, "'" + c + "' is not an ICD-10 code prefix (e.g. M54.1)"));
            }
        }
    }

    private void term(String file, String at, String term) {
        if (term == null || term.isBlank()) {
            problems.add(new CatalogProblem(file, at, "term is blank"));
        }
    }

    private void level(String file, String at, String level) {
        if (level == null || VertebralLevel.index(level).isEmpty()) {
            problems.add(new CatalogProblem(file, at, "'" + level + "' is not a vertebral level C1-S5"));
        }
    }

    private boolean require(String file, String at, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new CatalogProblem(file, at, "is required"));
            return false;
        }
        return true;
    }
}
