package org.mrpa.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mrpa.advice.ArtifactMeasure;
import org.mrpa.advice.Flag;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.IndicationLexicon;
import org.mrpa.protocol.LicensedOption;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.Region;
import org.mrpa.protocol.SitePolicy;
import org.mrpa.protocol.VertebralLevel;

/**
 * Metal artifact reduction when metal is in the field of view or within the site's margin of it
 * (clinical reference §5; the distance is {@code [LOCAL]}: site-policy {@code mars.marginVertebralLevels}).
 */
public final class MetalArtifactRule implements ScreeningRule<ArtifactReduction> {

    private static final java.util.Map<String, java.util.regex.Pattern> WORD_PATTERNS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Positions that call for metal artifact reduction (an implant whose place is not known is assumed near). */
    private static final Set<ArtifactReduction.Position> NEEDS_MARS = EnumSet.of(
            ArtifactReduction.Position.IN_FOV, ArtifactReduction.Position.NEAR_FOV, ArtifactReduction.Position.UNKNOWN);

    private static final Set<LicensedOption> MAR_TECHNIQUES =
            EnumSet.of(LicensedOption.SEMAC, LicensedOption.MAVRIC_SL, LicensedOption.VAT, LicensedOption.O_MAR);

    /**
     * Decides whether metal artifact reduction applies to the protocol's region and which measures, at the scanner in
     * force ({@link ScreeningContext#scanners()}). Needs {@link GadoliniumRule} to have run (post-contrast measures).
     *
     * @return the artifact reduction section, with its flags
     */
    @Override
    public RuleOutcome<ArtifactReduction> apply(ScreeningContext c) {
        ArtifactReduction mars = evaluate(
                c.patient().implants(),
                c.protocol().region(),
                c.scanners(),
                c.decision(GadoliniumRule.class).decision().plansContrast(),
                c.lexicon(),
                c.policy());
        return RuleOutcome.of(mars).withFlags(mars.flags());
    }

    /**
     * Decides whether MARS applies and which measures: where each implant lies relative to the field of view, then,
     * when any metal is in or near it (or its place is not known), the measures at this scanner.
     *
     * @param contrastPlanned post-contrast sequences are in the protocol (given or for the radiologist to decide)
     */
    ArtifactReduction evaluate(
            List<Implant> implants,
            Region region,
            ScannerContext scanners,
            boolean contrastPlanned,
            IndicationLexicon lexicon,
            SitePolicy policy) {
        Findings f = new Findings();
        List<ArtifactReduction.HardwarePosition> hardware = new ArrayList<>();
        for (int i = 0; i < implants.size(); i++) {
            hardware.add(
                    position(i, implants.get(i), region, lexicon, policy.mars().marginVertebralLevels(), f));
        }
        boolean required = hardware.stream().anyMatch(h -> NEEDS_MARS.contains(h.position()));
        if (!required) {
            return new ArtifactReduction(false, List.of(), List.of(), hardware, f.flags(), f.reasons());
        }
        List<LicensedOption> techniques = scanners.booked().licensedOptions().stream()
                .filter(MAR_TECHNIQUES::contains)
                .sorted()
                .toList();
        List<ArtifactMeasure> measures = new ArrayList<>();
        sequenceMeasures(scanners, policy, measures, f);
        acquisitionMeasures(contrastPlanned, techniques, measures, f);
        return new ArtifactReduction(true, measures, techniques, hardware, f.flags(), f.reasons());
    }

    /** Where one implant lies relative to the field of view; MR Safe implants are not metal. */
    private static ArtifactReduction.HardwarePosition position(
            int i, Implant imp, Region region, IndicationLexicon lexicon, int margin, Findings f) {
        if (imp.mrLabel() == MrLabel.MR_SAFE) {
            return new ArtifactReduction.HardwarePosition(
                    i, imp.description(), null, ArtifactReduction.Position.NON_METALLIC);
        }
        List<int[]> spans = locate(imp, lexicon);
        String levels = spans.isEmpty()
                ? null
                : String.join(", ", spans.stream().map(MetalArtifactRule::name).toList());
        if (imp.inOrNearImagedRegion() != null) {
            return stated(i, imp, levels, region, f);
        }
        int[] fov = VertebralLevel.coverage(region);
        ArtifactReduction.Position pos = spans.stream()
                .map(s -> relativeTo(s, fov, margin))
                .min(Enum::compareTo)
                .orElse(ArtifactReduction.Position.UNKNOWN);
        switch (pos) {
            case UNKNOWN ->
                f.add(Reason.of(
                        ReasonCode.MARS_LOCATION_UNKNOWN,
                        "Implant " + i + " location not known: assumed in or near the field of view.",
                        "§5"));
            case IN_FOV -> f.flag(Flag.HARDWARE_IN_FOV);
            case NEAR_FOV ->
                f.add(Reason.of(
                                ReasonCode.MARS_NEAR_FOV,
                                "Implant " + i + " at " + levels + " is within " + margin
                                        + " vertebral level(s) of the " + region + " field of view.",
                                "§5")
                        .bySitePolicy("mars.marginVertebralLevels"));
            case NON_METALLIC -> {}
            case OUTSIDE_FOV ->
                f.add(Reason.of(
                        ReasonCode.MARS_OUTSIDE_FOV,
                        "Implant " + i + " at " + levels + " is far outside the " + region
                                + " field of view: no metal artifact reduction; its MR labelling still applies.",
                        "§5"));
        }
        return new ArtifactReduction.HardwarePosition(i, imp.description(), levels, pos);
    }

    /** The request states whether the implant is in or near the imaged region: that wins over the estimate (§1.6). */
    private static ArtifactReduction.HardwarePosition stated(
            int i, Implant imp, String levels, Region region, Findings f) {
        boolean near = imp.inOrNearImagedRegion();
        f.add(Reason.of(
                ReasonCode.MARS_STATED_POSITION,
                "Implant " + i + " is stated to be " + (near ? "in or near" : "far from") + " the " + region
                        + " field of view"
                        + (near
                                ? ": metal artifact reduction."
                                : ": no metal artifact reduction; its MR labelling still applies."),
                "§1.6"));
        if (near) {
            f.flag(Flag.HARDWARE_IN_FOV);
        }
        return new ArtifactReduction.HardwarePosition(
                i,
                imp.description(),
                levels,
                near ? ArtifactReduction.Position.IN_FOV : ArtifactReduction.Position.OUTSIDE_FOV);
    }

    /** In the field of view, within the margin of it, or outside it. */
    private static ArtifactReduction.Position relativeTo(int[] span, int[] fov, int margin) {
        if (span[1] >= fov[0] && span[0] <= fov[1]) {
            return ArtifactReduction.Position.IN_FOV;
        }
        if (span[1] >= fov[0] - margin && span[0] <= fov[1] + margin) {
            return ArtifactReduction.Position.NEAR_FOV;
        }
        return ArtifactReduction.Position.OUTSIDE_FOV;
    }

    private static String name(int[] span) {
        if (span[0] == FAR) {
            return "a limb (far from the spine)";
        }
        if (span[1] == ABOVE_C1) {
            return "the head (above C1)";
        }
        String from = span[0] == ABOVE_C1 ? "above C1" : VertebralLevel.name(span[0]);
        return from + (span[0] == span[1] ? "" : "-" + VertebralLevel.name(span[1]));
    }

    /** Field strength and sequence choice (§5 rules 1-4, 6): 1.5 T, TSE, no single-shot EPI, STIR/Dixon, bandwidth. */
    private static void sequenceMeasures(
            ScannerContext scanners, SitePolicy policy, List<ArtifactMeasure> measures, Findings f) {
        if (FieldStrength.ofTesla(scanners.fieldStrengthT())
                .filter(FieldStrength.T1_5::equals)
                .isEmpty()) {
            measures.add(ArtifactMeasure.PREFER_1_5T);
            f.add(Reason.of(
                            ReasonCode.MARS_PREFER_1_5T,
                            "Prefer 1.5 T: susceptibility artifact scales with field strength.",
                            "§5",
                            "S19",
                            "S20")
                    .bySitePolicy("mars.prefer1_5T"));
        }
        measures.add(ArtifactMeasure.TSE_NOT_GRE);
        f.add(Reason.of(
                ReasonCode.MARS_NO_GRE,
                "Spin echo / TSE, no gradient echo or T2*: artifact FSE < SE < GRE.",
                "§5",
                "S19"));
        measures.add(ArtifactMeasure.NO_SS_EPI_DWI);
        f.add(Reason.of(
                ReasonCode.MARS_NO_SS_EPI_DWI,
                "No single-shot EPI diffusion; multishot/readout-segmented/TSE diffusion or omit.",
                "§5",
                "S19"));
        measures.add(ArtifactMeasure.STIR_OR_DIXON_FS);
        f.add(Reason.of(
                ReasonCode.MARS_STIR_OR_DIXON_FS,
                "Fat suppression by STIR or Dixon; no spectral (CHESS/SPIR/SPAIR) or water excitation.",
                "§5",
                "S20"));
        measures.add(ArtifactMeasure.HIGH_BANDWIDTH);
        f.add(Reason.of(
                        ReasonCode.MARS_HIGH_BANDWIDTH,
                        "Raise readout and slice-select bandwidth about x"
                                + Range.format(policy.mars().bandwidthFactor().min()) + " to x"
                                + Range.format(policy.mars().bandwidthFactor().max())
                                + " (±16 to ±64 kHz: artifact -60 %).",
                        "§5",
                        "S19")
                .bySitePolicy("mars.bandwidthFactor"));
    }

    /**
     * After contrast, encoding, resolution and the licensed techniques (§5 rules 5, 7-9), and CT when still
     * non-diagnostic.
     */
    private static void acquisitionMeasures(
            boolean contrastPlanned, List<LicensedOption> techniques, List<ArtifactMeasure> measures, Findings f) {
        if (contrastPlanned) {
            measures.add(ArtifactMeasure.POST_CONTRAST_DIXON_OR_SUBTRACTION);
            f.add(Reason.of(
                    ReasonCode.MARS_POST_DIXON_OR_SUBTRACTION,
                    "After contrast near metal: T1 Dixon water or subtraction, never STIR.",
                    "§5",
                    "S20",
                    "S26"));
        }
        measures.add(ArtifactMeasure.FREQ_ALONG_HARDWARE);
        f.add(Reason.of(
                ReasonCode.MARS_FREQ_ALONG_HARDWARE,
                "Frequency encoding along rods and screws; hardware axis parallel to B0 where possible.",
                "§5",
                "S19"));
        measures.add(ArtifactMeasure.THIN_SLICES_HIGH_MATRIX);
        f.add(Reason.of(
                ReasonCode.MARS_THIN_SLICES,
                "Thin slices, high matrix, short echo spacing, more averages.",
                "§5",
                "S19"));
        measures.add(ArtifactMeasure.VAT_SEMAC_MAVRIC_IF_AVAILABLE);
        f.add(Reason.of(
                ReasonCode.MARS_VAT_SEMAC,
                techniques.isEmpty()
                        ? "No metal-artifact option (VAT, SEMAC, MAVRIC-SL, O-MAR) is licensed on the booked scanner."
                        : "Use the licensed metal-artifact options: " + techniques
                                + " (SEMAC-VAT -63 %, VAT -49 %, SEMAC -56 % at 1.5 T).",
                "§5",
                "S19"));
        f.add(Reason.of(ReasonCode.MARS_CT_FALLBACK, "If still non-diagnostic: CT or CT myelography.", "§5", "S15"));
    }

    /** Level index of a place above C1 (head, face). */
    static final int ABOVE_C1 = -1;

    /** Level index of a place far outside every spine field of view (limbs). */
    static final int FAR = 1000;

    /**
     * Where an implant lies (§1.6): the vertebral levels written in its location (leads follow their path), and each
     * body-site word of the lexicon found in it; without either, where its type usually lies. Each as {first, last}
     * level index, {@link #ABOVE_C1} above C1, {@link #FAR} far from the spine; empty when not known.
     */
    static List<int[]> locate(Implant imp, IndicationLexicon lexicon) {
        List<int[]> spans = new ArrayList<>();
        VertebralLevel.span(imp.location()).ifPresent(spans::add);
        String text = ((imp.location() == null ? "" : imp.location()) + " ").toLowerCase(Locale.ROOT);
        for (IndicationLexicon.ImplantLocation loc : lexicon.implantLocations()) {
            if (imp.location() != null && loc.terms().stream().anyMatch(t -> mentions(text, t))) {
                spans.add(span(loc));
            }
        }
        if (spans.isEmpty()) {
            switch (imp.type()) {
                case PACEMAKER_ICD ->
                    spans.add(new int[] {
                        VertebralLevel.index("T1").orElseThrow(),
                        VertebralLevel.index("T6").orElseThrow()
                    });
                case COCHLEAR_IMPLANT -> spans.add(new int[] {ABOVE_C1, ABOVE_C1});
                default -> {}
            }
        }
        return spans;
    }

    private static boolean mentions(String text, String term) {
        return WORD_PATTERNS
                .computeIfAbsent(
                        term, k -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(k) + "\\b"))
                .matcher(text)
                .find();
    }

    private static int[] span(IndicationLexicon.ImplantLocation loc) {
        if (loc.placement() == IndicationLexicon.Placement.ABOVE_C1) {
            return new int[] {ABOVE_C1, ABOVE_C1};
        }
        if (loc.placement() == IndicationLexicon.Placement.FAR_FROM_SPINE) {
            return new int[] {FAR, FAR};
        }
        return new int[] {
            VertebralLevel.index(loc.fromLevel()).orElseThrow(),
            VertebralLevel.index(loc.toLevel()).orElseThrow()
        };
    }
}
