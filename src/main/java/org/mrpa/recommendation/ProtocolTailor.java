package org.mrpa.recommendation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mrpa.advice.GadoliniumDecision;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.protocol.ContrastPhase;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.LicensedOption;
import org.mrpa.protocol.MarsRule;
import org.mrpa.protocol.ParameterRanges;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.ScannerProfile;
import org.mrpa.protocol.SequenceSpec;
import org.mrpa.protocol.SequenceTemplate;
import org.mrpa.protocol.Technique;
import org.mrpa.protocol.catalog.ProtocolCatalog;
import org.mrpa.screening.GadoliniumRule;
import org.mrpa.screening.MetalArtifactRule;
import org.mrpa.screening.MotionRisk;
import org.mrpa.screening.MotionRule;
import org.mrpa.screening.RuleOutcome;
import org.mrpa.screening.ScannerChoiceRule;
import org.mrpa.screening.ScreeningContext;
import org.mrpa.screening.ScreeningRule;

/**
 * Turns a catalog protocol into the sequence list for one patient: the contrast variant (given, conditional,
 * or the no-contrast fallback), the metal-artifact variant (§5: no GRE, no single-shot EPI DWI, STIR or Dixon
 * instead of spectral fat suppression, Dixon or subtraction after contrast, higher bandwidth) and the
 * abbreviated variant (§6: key sequences first), with parameter ranges for the recommended field strength.
 */
public final class ProtocolTailor implements ScreeningRule<ProtocolTailor.Tailored> {

    /** The variants a recommendation can apply. */
    public enum Variant {
        CONTRAST,
        CONTRAST_CONDITIONAL,
        NO_CONTRAST,
        MARS,
        ABBREVIATED
    }

    /** The tailored sequence list. */
    public record Tailored(
            List<PlannedSequence> sequences,
            List<OmittedSequence> omitted,
            List<Variant> variants,
            List<Reason> reasons) {}

    private static final class Draft {
        String id;
        SequenceTemplate template;
        SequenceSpec spec;
        boolean conditional;
        boolean acquireIfTolerated;
        final List<String> notes = new ArrayList<>();
        final List<String> changes = new ArrayList<>();

        Draft(String id, SequenceTemplate template, SequenceSpec spec) {
            this.id = id;
            this.template = template;
            this.spec = spec;
            if (spec.note() != null) {
                notes.add(spec.note());
            }
        }
    }

    private final ProtocolCatalog catalog;

    public ProtocolTailor(ProtocolCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Tailors the matched protocol to the screening decisions: gadolinium, metal artifact reduction and motion at the
     * chosen scanner, whose field strength gives the parameter ranges. Needs {@link GadoliniumRule},
     * {@link ScannerChoiceRule}, {@link MetalArtifactRule} and {@link MotionRule} to have run.
     *
     * @return the sequence list; its reasons go to the recommendation's own reasons
     */
    @Override
    public RuleOutcome<Tailored> apply(ScreeningContext c) {
        ScannerProfile target = c.decision(ScannerChoiceRule.class).target();
        Set<LicensedOption> licensed = c.scanners().licensedOptions();
        Tailored tailored = tailor(
                c.protocol(),
                FieldStrength.ofTesla(target.fieldStrengthT()),
                c.decision(GadoliniumRule.class).decision(),
                c.decision(MetalArtifactRule.class).marsRequired(),
                licensed,
                c.decision(MotionRule.class).abbreviated(),
                c.patient().motionRiskOrLow() == MotionRisk.HIGH && licensed.contains(LicensedOption.PROPELLER));
        return RuleOutcome.of(tailored).withReasons(tailored.reasons());
    }

    /**
     * Tailors a protocol.
     *
     * @param field      band of the recommended field strength; empty = no catalog ranges for it
     * @param gadolinium the gadolinium decision
     * @param mars       metal artifact reduction applies
     * @param abbreviated the abbreviated variant applies
     * @param radialLicensed PROPELLER-type radial k-space is licensed and motion risk is high
     */
    public Tailored tailor(
            Protocol p,
            Optional<FieldStrength> field,
            GadoliniumDecision gadolinium,
            boolean mars,
            Set<LicensedOption> licensed,
            boolean abbreviated,
            boolean radialLicensed) {
        List<Draft> drafts = new ArrayList<>();
        List<OmittedSequence> omitted = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        Set<Variant> variants = new LinkedHashSet<>();
        for (SequenceSpec s : p.sequences()) {
            drafts.add(new Draft(s.id(), catalog.template(s.template()), s));
        }
        applyContrast(p, gadolinium, drafts, omitted, reasons, variants);
        if (mars) {
            variants.add(Variant.MARS);
            applyMars(drafts, omitted, licensed);
        }
        if (abbreviated) {
            variants.add(Variant.ABBREVIATED);
            drafts = abbreviate(p, drafts);
            reasons.add(Reason.of(
                    ReasonCode.MOT_ABBREVIATED,
                    "Abbreviated variant: key sequences first, the rest if tolerated.",
                    "§6",
                    "S21",
                    "S22"));
        }
        List<LicensedOption> marOptions = licensedMar(licensed);
        List<PlannedSequence> out = new ArrayList<>();
        for (Draft d : drafts) {
            ParameterRanges ranges = ranges(p, d, field, mars);
            addNotes(d, p.postContrastDelayMin(), mars ? marOptions : List.of(), radialLicensed);
            out.add(planned(out.size() + 1, d, ranges));
        }
        if (field.isEmpty()) {
            reasons.add(Reason.of(
                    ReasonCode.REC_NO_RANGES_FOR_FIELD,
                    "The catalog holds parameter ranges for 1.5 T and 3 T only.",
                    "§2"));
        }
        return new Tailored(out, omitted, List.copyOf(variants), reasons);
    }

    /**
     * The expected ranges at the recommended field strength (none without catalog ranges for it); near metal, the
     * bandwidth of kept sequences is raised by the site's factor.
     */
    private ParameterRanges ranges(Protocol p, Draft d, Optional<FieldStrength> field, boolean mars) {
        SequenceTemplate t = d.template;
        ParameterRanges ranges = field.map(f -> catalog.ranges(p, d.spec, t, f)).orElse(ParameterRanges.NONE);
        if (mars && t.mars().action() == MarsRule.Action.KEEP && t.technique() != Technique.DERIVED) {
            ParameterRanges near = catalog.nearMetal(ranges);
            if (!java.util.Objects.equals(near.receiverBandwidthHzPerPixel(), ranges.receiverBandwidthHzPerPixel())) {
                d.changes.add(ReasonCode.MARS_HIGH_BANDWIDTH.code());
            }
            for (var m : catalog.marsMeasures().values()) {
                if (!m.applyTo(ranges).equals(ranges) && !d.changes.contains(m.rule())) {
                    d.changes.add(m.rule());
                }
            }
            return near;
        }
        return ranges;
    }

    /**
     * Notes for the technologist: the licensed metal-artifact options, radial k-space for motion, when to start after
     * injection.
     *
     * @param marOptions licensed metal-artifact options to name; empty when metal artifact reduction does not apply
     */
    private static void addNotes(
            Draft d, Integer postContrastDelayMin, List<LicensedOption> marOptions, boolean radialLicensed) {
        SequenceTemplate t = d.template;
        if (t.technique() != Technique.DERIVED && !marOptions.isEmpty()) {
            d.notes.add("use " + marOptions + " (licensed metal-artifact options)");
        }
        if (radialLicensed && (t.technique() == Technique.TSE || t.technique() == Technique.IR_TSE)) {
            d.notes.add("radial k-space (PROPELLER/BLADE/MultiVane) for motion");
        }
        if (d.spec.phase() == ContrastPhase.POST && t.technique() != Technique.DERIVED) {
            d.notes.add(
                    postContrastDelayMin != null
                            ? "start about " + postContrastDelayMin + " min after injection (S18)"
                            : "start about 3-5 min after injection");
        }
    }

    private static PlannedSequence planned(int order, Draft d, ParameterRanges ranges) {
        SequenceTemplate t = d.template;
        ContrastPhase phase = d.spec.phase();
        return new PlannedSequence(
                order,
                d.id,
                t.id(),
                t.title(),
                d.spec.plane(),
                phase == ContrastPhase.POST ? t.weighting().afterContrast(t.fatSuppression()) : t.weighting(),
                t.fatSuppression(),
                phase,
                t.technique(),
                d.spec.required(),
                d.conditional,
                d.acquireIfTolerated,
                d.spec.coverage(),
                ranges,
                t.bValues(),
                List.copyOf(d.notes),
                List.copyOf(d.changes));
    }

    private void applyContrast(
            Protocol p,
            GadoliniumDecision gadolinium,
            List<Draft> drafts,
            List<OmittedSequence> omitted,
            List<Reason> reasons,
            Set<Variant> variants) {
        boolean hasPost = drafts.stream().anyMatch(d -> d.spec.phase() == ContrastPhase.POST);
        if (!hasPost) {
            return;
        }
        if (gadolinium == GadoliniumDecision.GIVE) {
            variants.add(Variant.CONTRAST);
            return;
        }
        if (gadolinium == GadoliniumDecision.RADIOLOGIST_DECISION) {
            variants.add(Variant.CONTRAST_CONDITIONAL);
            drafts.stream().filter(d -> d.spec.phase() == ContrastPhase.POST).forEach(d -> {
                d.conditional = true;
                d.changes.add(ReasonCode.GAD_RADIOLOGIST_DECISION.code());
            });
            reasons.add(Reason.of(
                    ReasonCode.REC_CONTRAST_CONDITIONAL,
                    "Post-contrast sequences only if the radiologist approves gadolinium.",
                    "§3"));
            return;
        }
        variants.add(Variant.NO_CONTRAST);
        drafts.removeIf(d -> {
            if (d.spec.phase() == ContrastPhase.POST) {
                omitted.add(new OmittedSequence(
                        d.id,
                        d.template.id(),
                        d.spec.plane(),
                        ContrastPhase.POST,
                        ReasonCode.REC_NO_CONTRAST.code(),
                        "gadolinium " + gadolinium));
                return true;
            }
            return false;
        });
        for (SequenceSpec s : p.noContrast().add()) {
            Draft d = new Draft(s.id(), catalog.template(s.template()), s);
            d.changes.add(ReasonCode.REC_NO_CONTRAST.code());
            drafts.add(d);
        }
        reasons.add(Reason.of(
                ReasonCode.REC_NO_CONTRAST,
                "No-contrast variant (gadolinium " + gadolinium + ")"
                        + (p.noContrast().note() == null
                                ? "."
                                : ": " + p.noContrast().note()),
                "§1.3",
                "S15"));
    }

    /**
     * The metal-artifact variant (§5): each sequence kept, replaced by its first licensed alternative or omitted, as its
     * template says; subtractions added; sequences that became the same left out.
     */
    private void applyMars(List<Draft> drafts, List<OmittedSequence> omitted, Set<LicensedOption> licensed) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.addAll(nearMetal(d, licensed, omitted));
        }
        addSubtraction(out);
        drafts.clear();
        drafts.addAll(withoutDuplicates(out, omitted));
    }

    /** What one sequence becomes near metal: itself, its licensed replacement, or nothing (then it is omitted). */
    private List<Draft> nearMetal(Draft d, Set<LicensedOption> licensed, List<OmittedSequence> omitted) {
        MarsRule rule = d.template.mars();
        if (rule.action() == MarsRule.Action.KEEP) {
            return List.of(d);
        }
        List<String> option = rule.action() == MarsRule.Action.OMIT
                ? null
                : rule.options().stream()
                        .filter(o -> o.stream()
                                .allMatch(id -> licensed.containsAll(
                                        catalog.template(id).requiresLicense())))
                        .findFirst()
                        .orElse(null);
        if (option == null) {
            omitted.add(new OmittedSequence(
                    d.id,
                    d.template.id(),
                    d.spec.plane(),
                    d.spec.phase(),
                    rule.rule(),
                    rule.action() == MarsRule.Action.OMIT
                            ? "not used near metal"
                            : "no licensed alternative near metal"));
            return List.of();
        }
        List<Draft> replacements = new ArrayList<>();
        for (String templateId : option) {
            Draft r = new Draft(d.id, catalog.template(templateId), d.spec);
            r.notes.clear();
            r.notes.addAll(d.notes);
            r.notes.add("replaces " + d.template.id() + " near metal");
            r.conditional = d.conditional;
            r.changes.addAll(d.changes);
            r.changes.add(rule.rule());
            replacements.add(r);
        }
        return replacements;
    }

    /** The sequences less those that repeat an earlier one (same template, plane and phase), which are omitted. */
    private static List<Draft> withoutDuplicates(List<Draft> drafts, List<OmittedSequence> omitted) {
        Set<String> seen = new HashSet<>();
        List<Draft> kept = new ArrayList<>();
        for (Draft d : drafts) {
            String key = d.template.id() + "|" + d.spec.plane() + "|" + d.spec.phase();
            if (seen.add(key)) {
                kept.add(d);
            } else {
                omitted.add(new OmittedSequence(
                        d.id,
                        d.template.id(),
                        d.spec.plane(),
                        d.spec.phase(),
                        ReasonCode.MARS_DUPLICATE.code(),
                        "same sequence already in the protocol after metal artifact reduction"));
            }
        }
        return kept;
    }

    /** Post-contrast T1 that lost its fat suppression near metal gets a subtraction, and a matching pre-contrast T1 (§5 rule 5). */
    private void addSubtraction(List<Draft> drafts) {
        List<Draft> added = new ArrayList<>();
        for (Draft d : drafts) {
            boolean lostFs = d.spec.phase() == ContrastPhase.POST
                    && d.template.fatSuppression() == FatSuppression.NONE
                    && d.changes.contains(ReasonCode.MARS_POST_DIXON_OR_SUBTRACTION.code())
                    && d.template.technique() != Technique.DERIVED;
            if (!lostFs) {
                continue;
            }
            boolean pre = drafts.stream()
                    .anyMatch(o -> o.spec.phase() == ContrastPhase.PRE
                            && o.spec.plane() == d.spec.plane()
                            && o.template.id().equals(d.template.id()));
            if (!pre) {
                SequenceSpec preSpec = new SequenceSpec(
                        d.spec.plane().name().toLowerCase() + "-"
                                + d.template.id().toLowerCase().replace('_', '-') + "-pre",
                        d.template.id(),
                        d.spec.plane(),
                        ContrastPhase.PRE,
                        true,
                        d.spec.coverage(),
                        d.spec.parameters(),
                        "pre-contrast for subtraction: identical parameters to the post-contrast series");
                Draft p = new Draft(preSpec.id(), d.template, preSpec);
                p.changes.add(ReasonCode.MARS_POST_DIXON_OR_SUBTRACTION.code());
                p.conditional = d.conditional;
                added.add(p);
            }
            SequenceSpec subSpec = new SequenceSpec(
                    d.id + "-sub",
                    "SUBTRACTION",
                    d.spec.plane(),
                    ContrastPhase.POST,
                    true,
                    d.spec.coverage(),
                    java.util.Map.of(),
                    "post minus pre, identical parameters");
            Draft s = new Draft(subSpec.id(), catalog.template("SUBTRACTION"), subSpec);
            s.changes.add(ReasonCode.MARS_POST_DIXON_OR_SUBTRACTION.code());
            s.conditional = d.conditional;
            added.add(s);
        }
        for (Draft a : added) {
            int at = a.spec.phase() == ContrastPhase.PRE ? firstPost(drafts) : drafts.size();
            drafts.add(at, a);
        }
    }

    private static int firstPost(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).spec.phase() == ContrastPhase.POST) {
                return i;
            }
        }
        return drafts.size();
    }

    /**
     * The abbreviated variant (§6): the protocol's key sequences first in its order, the rest marked "if tolerated";
     * then every pre-contrast sequence before every post-contrast one, each group keeping that order (§1.2).
     */
    private static List<Draft> abbreviate(Protocol p, List<Draft> drafts) {
        List<Draft> keyFirst = keyFirst(p, drafts);
        List<Draft> out = new ArrayList<>();
        keyFirst.stream().filter(d -> d.spec.phase() != ContrastPhase.POST).forEach(out::add);
        keyFirst.stream().filter(d -> d.spec.phase() == ContrastPhase.POST).forEach(out::add);
        return out;
    }

    private static List<Draft> keyFirst(Protocol p, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (String key : p.abbreviated()) {
            drafts.stream().filter(d -> d.id.equals(key) && !out.contains(d)).forEach(d -> {
                d.changes.add(ReasonCode.MOT_ABBREVIATED.code());
                out.add(d);
            });
        }
        for (Draft d : drafts) {
            if (!out.contains(d)) {
                d.acquireIfTolerated = true;
                d.changes.add(ReasonCode.MOT_ABBREVIATED.code());
                out.add(d);
            }
        }
        return out;
    }

    private static List<LicensedOption> licensedMar(Set<LicensedOption> licensed) {
        return licensed.stream()
                .filter(o -> o == LicensedOption.SEMAC
                        || o == LicensedOption.VAT
                        || o == LicensedOption.MAVRIC_SL
                        || o == LicensedOption.O_MAR)
                .sorted()
                .toList();
    }
}
