package org.mrpa.dicom;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mrpa.dicom.vendor.Marker;
import org.mrpa.dicom.vendor.Spelling;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.HeaderClassification;
import org.mrpa.protocol.Range;

/**
 * The series-class heuristics of clinical reference §8.1 in their order: localizer, Dixon, derived, echo-planar
 * (DWI or gradient-echo EPI), inversion recovery (prepared gradient echo, STIR, FLAIR, T1-FLAIR by inversion time),
 * gradient echo, spin echo (T1, PD, T2 by the site's TR/TE bands). The first that recognises a series decides its
 * class; each decision adds a line of evidence.
 */
final class SeriesClassHeuristics {

    /** ImageType values (DICOM defined terms) of series that are not acquisitions; DERIVED\PRIMARY still is one. */
    private static final Set<String> DERIVED_IMAGE_TYPES =
            Set.of("SECONDARY", "MPR", "PROJECTION IMAGE", "SUBTRACTION", "MIP", "REFORMATTED");

    /** One heuristic: the class it recognises, after adding its evidence, or null to let the next one try. */
    @FunctionalInterface
    private interface Heuristic {
        SeriesClass classify(SequenceClues clues, Double nominalTesla, List<String> evidence);
    }

    /** Nominal field strength (T) below which §8.1's inversion-time windows and the protocol ranges are not defined. */
    static final double LOW_FIELD_T = 1.0;

    /** A short-TI inversion recovery above the STIR window is still a STIR up to this factor of the window's top. */
    private static final double STIR_MARGIN = 1.5;

    /** Echo times from which a spin-echo series is a multi-echo relaxometry acquisition. */
    private static final int MULTI_ECHO = 3;

    private final HeaderClassification settings;
    private final List<Pattern> localizerDescriptions;
    private final List<Heuristic> inOrder = List.of(
            this::localizer,
            SeriesClassHeuristics::dixon,
            SeriesClassHeuristics::derived,
            SeriesClassHeuristics::perfusion,
            SeriesClassHeuristics::echoPlanar,
            this::inversionPrepared,
            this::gradientEcho,
            this::spinEcho);

    SeriesClassHeuristics(HeaderClassification settings) {
        this.settings = settings;
        this.localizerDescriptions = SeriesClassifier.patterns(settings.localizerDescriptions());
    }

    /** The class of a series: the first heuristic's that recognises it, else UNIDENTIFIED. */
    SeriesClass classify(SequenceClues clues, Double nominalTesla, List<String> evidence) {
        for (Heuristic h : inOrder) {
            SeriesClass found = h.classify(clues, nominalTesla, evidence);
            if (found != null) {
                return found;
            }
        }
        evidence.add("no recognised sequence type (ScanningSequence " + joined(clues.scanningSequence) + ")");
        return SeriesClass.UNIDENTIFIED;
    }

    /**
     * A localizer by its data: ImageType LOCALIZER or SCOUT, images in three orthogonal planes, or a vendor's localizer
     * sequence name. A site localizer description counts only when the data agree (at least two of: few images, large
     * field of view, low acquired matrix, thick slices); a description alone never makes a series a localizer.
     */
    private SeriesClass localizer(SequenceClues c, Double nominalTesla, List<String> evidence) {
        Optional<String> byData = LocalizerEvidence.fromData(c);
        if (byData.isPresent()) {
            evidence.add(byData.get());
            return SeriesClass.LOCALIZER;
        }
        if (!SeriesClassifier.matches(localizerDescriptions, c.description)) {
            return null;
        }
        List<String> signs = LocalizerEvidence.lowResolutionSigns(c.series);
        String named = "description '" + c.description + "' names a localizer";
        if (signs.size() >= LocalizerEvidence.SIGNS_NEEDED) {
            evidence.add(named + " and the data agree (" + String.join(", ", signs) + ")");
            return SeriesClass.LOCALIZER;
        }
        evidence.add(named + " but the data do not ("
                + (signs.isEmpty() ? "no low-resolution sign" : "only " + String.join(", ", signs))
                + "): classified by its sequence, not as a localizer");
        return null;
    }

    /** A Dixon marker (ImageType DIXON or a vendor's) with a water or fat image type. */
    private static SeriesClass dixon(SequenceClues c, Double nominalTesla, List<String> evidence) {
        if (!c.dixon()) {
            return null;
        }
        if (c.imageType.contains("WATER") || c.imageType.contains("W")) {
            evidence.add("Dixon marker with ImageType WATER");
            return SeriesClass.DIXON_WATER;
        }
        if (c.imageType.contains("FAT") || c.imageType.contains("F")) {
            evidence.add("Dixon marker with ImageType FAT");
            return SeriesClass.DIXON_FAT;
        }
        return null;
    }

    /** SECONDARY, reformats, projections, subtractions and vendors' parameter maps are not acquisitions. */
    private static SeriesClass derived(SequenceClues c, Double nominalTesla, List<String> evidence) {
        Optional<String> derived = c.imageType.stream()
                .filter(t -> DERIVED_IMAGE_TYPES.contains(t)
                        || SequenceClues.spells(Marker.DERIVED, Spelling.Field.IMAGE_TYPE, t))
                .findFirst();
        if (derived.isEmpty()) {
            return null;
        }
        evidence.add("ImageType " + String.join("\\", c.imageType) + ": derived (" + derived.get() + ")");
        return SeriesClass.DERIVED;
    }

    /** Perfusion (ImageType PERFUSION, arterial spin labelling by name): not a protocol sequence, said so. */
    private static SeriesClass perfusion(SequenceClues c, Double nominalTesla, List<String> evidence) {
        boolean byImageType = c.imageType.stream().anyMatch(t -> t.contains("PERFUSION") || t.equals("ASL"));
        boolean byName = (c.words.sequenceName() + " " + c.description.toLowerCase(java.util.Locale.ROOT))
                .matches("(?s).*\\b(p?c?asl|pasl|3dasl)\\b.*|.*pcasl.*");
        if (!byImageType && !byName) {
            return null;
        }
        evidence.add("perfusion ("
                + (byImageType ? "ImageType " + String.join("\\", c.imageType) : "name '" + c.description + "'")
                + "): arterial spin labelling or bolus-tracking time series, not a protocol sequence, unidentified");
        return SeriesClass.UNIDENTIFIED;
    }

    /** Echo-planar or diffusion-weighted: DWI when diffusion-weighted or spin echo, else gradient-echo EPI. */
    private static SeriesClass echoPlanar(SequenceClues c, Double nominalTesla, List<String> evidence) {
        if (!c.echoPlanar && !c.diffusion) {
            return null;
        }
        if (c.diffusion || (!c.gradientEcho && c.spinEchoEpi())) {
            evidence.add(
                    c.diffusion
                            ? "EPI with diffusion weighting (b-value, technique or image type)"
                            : "spin-echo EPI (" + String.join("\\", c.scanningSequence) + ")");
            return SeriesClass.DWI;
        }
        evidence.add("gradient-echo EPI (ScanningSequence " + joined(c.scanningSequence)
                + (c.words.sequenceName().contains("fid") ? ", FID sequence" : "") + ")");
        return SeriesClass.GRE;
    }

    /** A magnetization-prepared gradient echo is T1; other inversion recovery is classed by its inversion time. */
    private SeriesClass inversionPrepared(SequenceClues c, Double nominalTesla, List<String> evidence) {
        Double ti = inversionTime(c.series, evidence);
        boolean ir = c.inversionRecovery(ti);
        boolean prepared = c.sequenceVariant.contains("MP");
        if (c.gradientEcho && (ir || prepared)) {
            evidence.add("magnetization-prepared gradient echo ("
                    + (ti != null ? "TI " + Range.format(ti) : prepared ? "SequenceVariant MP" : "IR")
                    + "): T1");
            return SeriesClass.T1;
        }
        return ir ? byInversionTime(c, ti, nominalTesla, evidence) : null;
    }

    /** STIR, FLAIR or T1-FLAIR by the §8.1 inversion-time windows; a short TI below them is a STIR. */
    private SeriesClass byInversionTime(SequenceClues c, Double ti, Double nominal, List<String> evidence) {
        if (ti == null) {
            evidence.add("inversion recovery without an inversion time");
            return SeriesClass.UNIDENTIFIED;
        }
        java.util.Set<Double> tis = c.series.all("InversionTime");
        if (tis.size() > 1) {
            evidence.add("inversion recovery with several inversion times " + tis + ": IR relaxometry, unidentified");
            return SeriesClass.UNIDENTIFIED;
        }
        if (nominal != null && nominal < LOW_FIELD_T) {
            evidence.add("inversion recovery, TI " + Range.format(ti) + " ms at " + Range.format(nominal)
                    + " T: the STIR, FLAIR and T1-FLAIR windows are not defined below 1 T, unidentified");
            return SeriesClass.UNIDENTIFIED;
        }
        Range stir = nominal == null
                ? null
                : FieldStrength.ofTesla(nominal)
                        .map(f -> settings.stirInversionTimeMs().get(f.key()))
                        .orElse(null);
        String irTi = "inversion recovery, TI " + Range.format(ti) + " ms";
        if (stir != null && in(stir, ti)) {
            evidence.add(irTi + " in the STIR window " + stir.text() + " at " + Range.format(nominal) + " T");
            return SeriesClass.STIR;
        }
        if (in(settings.flairInversionTimeMs(), ti)) {
            evidence.add(irTi + ": FLAIR (" + settings.flairInversionTimeMs().text() + ")");
            return SeriesClass.FLAIR;
        }
        if (in(settings.t1FlairInversionTimeMs(), ti)) {
            evidence.add(
                    irTi + ": T1-FLAIR (" + settings.t1FlairInversionTimeMs().text() + ")");
            return SeriesClass.T1_FLAIR;
        }
        Range t1Flair = settings.t1FlairInversionTimeMs();
        if (stir != null && t1Flair.min() != null && ti < t1Flair.min() && ti <= stir.max() * STIR_MARGIN) {
            // §8.1's windows are approximate: a short-TI inversion recovery is a STIR, its TI then checked against
            // the protocol
            evidence.add("short-TI " + irTi + ": STIR, outside the STIR window " + stir.text() + " at "
                    + Range.format(nominal) + " T");
            return SeriesClass.STIR;
        }
        evidence.add(irTi + " outside the STIR, FLAIR and T1-FLAIR windows (an IR relaxometry or other inversion)"
                + (stir == null ? " (field strength not 1.5 or 3 T)" : ""));
        return SeriesClass.UNIDENTIFIED;
    }

    /** A gradient echo: T1-weighted in the site's short TR/TE, high flip angle band, else the T2-star class. */
    private SeriesClass gradientEcho(SequenceClues c, Double nominalTesla, List<String> evidence) {
        if (!c.gradientEcho) {
            return null;
        }
        HeaderClassification.GradientEchoT1 t1 = settings.t1GradientEcho();
        Double tr = c.series.number("RepetitionTime");
        Double te = SeriesClassifier.echoTime(c.series);
        Double flip = c.series.number("FlipAngle");
        if (t1 != null
                && tr != null
                && te != null
                && flip != null
                && in(t1.repetitionTimeMs(), tr)
                && in(t1.echoTimeMs(), te)
                && in(t1.flipAngleDeg(), flip)) {
            evidence.add("spoiled gradient echo, TR " + Range.format(tr) + " ms, TE " + Range.format(te) + " ms, flip "
                    + Range.format(flip) + " deg: T1-weighted gradient echo");
            return SeriesClass.T1_GRE;
        }
        evidence.add("gradient echo ("
                + (c.scanningSequence.contains("GR")
                                ? "ScanningSequence GR"
                                : "sequence " + c.words.sequenceName().trim() + " "
                                        + String.join("/", c.words.technique()))
                        .trim()
                + ")");
        return SeriesClass.GRE;
    }

    /** Spin echo: T1, PD or T2 by the site's TR/TE bands. */
    private SeriesClass spinEcho(SequenceClues c, Double nominalTesla, List<String> evidence) {
        if (!c.spinEcho()) {
            return null;
        }
        Double tr = c.series.number("RepetitionTime");
        Double te = SeriesClassifier.echoTime(c.series);
        if (tr == null || te == null) {
            evidence.add("spin echo without TR or TE");
            return SeriesClass.UNIDENTIFIED;
        }
        java.util.Set<Double> echoes = new java.util.TreeSet<>(c.series.all("EchoTime"));
        if (echoes.size() >= MULTI_ECHO) {
            evidence.add("multi-echo spin echo (TE " + echoes + " ms): relaxometry, not one weighting, unidentified");
            return SeriesClass.UNIDENTIFIED;
        }
        String trte = "spin echo, TR " + Range.format(tr) + " ms, TE " + Range.format(te) + " ms";
        if (band(settings.t1SpinEcho(), tr, te)) {
            evidence.add(trte + ": T1 band " + show(settings.t1SpinEcho()));
            return SeriesClass.T1;
        }
        if (band(settings.pdSpinEcho(), tr, te)) {
            evidence.add(trte + ": PD band " + show(settings.pdSpinEcho()));
            return SeriesClass.PD;
        }
        if (band(settings.t2SpinEcho(), tr, te)) {
            evidence.add(trte + ": T2 band " + show(settings.t2SpinEcho()));
            return SeriesClass.T2;
        }
        evidence.add(trte + ": outside the site's T1, PD and T2 bands");
        return SeriesClass.UNIDENTIFIED;
    }

    /** Inversion time, treating its four "no inversion" encodings (absent, 0, empty, InversionRecovery NO) as none. */
    private static Double inversionTime(SeriesView s, List<String> evidence) {
        Double ti = s.number("InversionTime");
        if (ti == null || ti <= 0) {
            ti = s.all("InversionTimes").stream()
                    .filter(v -> v > 0)
                    .min(Double::compare)
                    .orElse(null);
        }
        if (ti != null && ti <= 0) {
            ti = null;
        }
        if (ti == null && (s.emptyPresent.contains("InversionTime") || (s.number("InversionTime") != null))) {
            evidence.add("InversionTime empty or 0: no inversion");
        }
        return ti;
    }

    private static boolean band(HeaderClassification.Weighted w, double tr, double te) {
        return in(w.repetitionTimeMs(), tr) && in(w.echoTimeMs(), te);
    }

    private static boolean in(Range r, double v) {
        return r != null && (r.min() == null || v >= r.min()) && (r.max() == null || v <= r.max());
    }

    private static String show(HeaderClassification.Weighted w) {
        return "TR " + w.repetitionTimeMs().text() + ", TE " + w.echoTimeMs().text();
    }

    private static String joined(Set<String> tokens) {
        return tokens.isEmpty() ? "absent" : String.join("\\", tokens);
    }
}
