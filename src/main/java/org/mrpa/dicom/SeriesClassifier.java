package org.mrpa.dicom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.HeaderClassification;
import org.mrpa.protocol.Plane;
import org.mrpa.protocol.Range;

/**
 * Classifies a series from its headers by the heuristics of clinical reference §8.1, in order, with the vendor
 * conventions of §8.3 and the corpus quirks (EPI written as EP, EP\SE, SE\EP or only in Philips' private
 * technique; inversion recovery as SE\IR, IR, GR\IR or RM\IR; "no inversion" absent, 0 or empty). Every
 * decision adds a line of evidence.
 */
public final class SeriesClassifier {

    private static final double GYROMAGNETIC_MHZ_PER_T = 42.577;

    private final HeaderClassification settings;
    private final List<Pattern> postContrast;
    private final List<Pattern> localizer;

    public SeriesClassifier(HeaderClassification settings) {
        this.settings = settings;
        this.postContrast = settings.postContrastDescriptions().stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE))
                .toList();
        this.localizer = settings.localizerDescriptions().stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE))
                .toList();
    }

    /** Result of classification. */
    record Classification(
            SeriesClass seriesClass,
            FatSuppression fatSuppression,
            AcquiredContrastPhase phase,
            String agent,
            Plane plane,
            Double obliquityDeg,
            boolean mixed,
            Double fieldStrengthT,
            Double nominalFieldStrengthT,
            List<String> evidence) {}

    Classification classify(SeriesView s) {
        List<String> evidence = new ArrayList<>();
        Double tesla = fieldStrength(s, evidence);
        Double nominal = tesla == null
                ? null
                : FieldStrength.ofTesla(tesla).map(FieldStrength::nominalTesla).orElse(Math.round(tesla * 100) / 100.0);
        Geometry g = geometry(s);
        if (g.plane != null) {
            evidence.add("plane " + g.plane + " from ImageOrientationPatient, " + g.obliquity + " deg oblique");
        } else if (g.mixed) {
            evidence.add("ImageOrientationPatient in several planes within the series");
        }
        SeriesClass cls = seriesClass(s, g, nominal, evidence);
        FatSuppression fs = fatSuppression(s, cls, evidence);
        String[] agent = new String[1];
        AcquiredContrastPhase phase = phase(s, evidence, agent);
        return new Classification(cls, fs, phase, agent[0], g.plane, g.obliquity, g.mixed, tesla, nominal, evidence);
    }

    private Double fieldStrength(SeriesView s, List<String> evidence) {
        Double b0 = s.number("MagneticFieldStrength");
        if (b0 != null && b0 > 100) {
            evidence.add("MagneticFieldStrength " + b0 + " read as gauss: " + b0 / 10000 + " T");
            return b0 / 10000;
        }
        if (b0 != null && b0 > 0) {
            return b0;
        }
        Double mhz = s.number("ImagingFrequency");
        if (mhz != null && mhz > 0) {
            double t = Math.round(mhz / GYROMAGNETIC_MHZ_PER_T * 100) / 100.0;
            evidence.add("MagneticFieldStrength absent: " + t + " T from ImagingFrequency " + mhz + " MHz");
            return t;
        }
        return null;
    }

    private record Geometry(Plane plane, Double obliquity, boolean mixed) {}

    private static Geometry geometry(SeriesView s) {
        Plane plane = null;
        double worst = 0;
        boolean mixed = false;
        for (double[] o : s.orientations) {
            double nx = o[1] * o[5] - o[2] * o[4];
            double ny = o[2] * o[3] - o[0] * o[5];
            double nz = o[0] * o[4] - o[1] * o[3];
            double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
            if (len == 0) {
                continue;
            }
            double ax = Math.abs(nx / len);
            double ay = Math.abs(ny / len);
            double az = Math.abs(nz / len);
            double max = Math.max(ax, Math.max(ay, az));
            Plane p = max == ax ? Plane.SAG : max == ay ? Plane.COR : Plane.AX;
            if (plane != null && plane != p) {
                mixed = true;
            }
            plane = plane == null ? p : plane;
            worst = Math.max(worst, Math.toDegrees(Math.acos(Math.min(1.0, max))));
        }
        if (mixed) {
            return new Geometry(null, null, true);
        }
        return new Geometry(plane, plane == null ? null : Math.round(worst * 10) / 10.0, false);
    }

    private SeriesClass seriesClass(SeriesView s, Geometry g, Double nominal, List<String> evidence) {
        Set<String> imageType = s.tokens("ImageType");
        Set<String> ss = s.tokens("ScanningSequence");
        Set<String> sv = s.tokens("SequenceVariant");
        Set<String> so = s.tokens("ScanOptions");
        String seqName = lower(s.first("SequenceName")) + " " + lower(s.first("PulseSequenceName")) + " "
                + lower(s.first("GEPulseSequenceName"));
        Set<String> philips = s.tokens("PhilipsScanningTechnique");
        String description = (nn(s.first("SeriesDescription")) + " " + nn(s.first("ProtocolName"))).trim();

        if (imageType.contains("LOCALIZER") || g.mixed || matches(localizer, description)) {
            evidence.add(
                    imageType.contains("LOCALIZER")
                            ? "ImageType LOCALIZER"
                            : g.mixed
                                    ? "orientations in several planes: localizer"
                                    : "description '" + description + "' names a localizer");
            return SeriesClass.LOCALIZER;
        }
        boolean dixonMarker = imageType.contains("DIXON")
                || so.contains("IDEAL_GEMS")
                || so.contains("FLEX_GEMS")
                || philips.stream().anyMatch(t -> t.contains("DIXON"))
                || seqName.contains("dixon");
        if (dixonMarker && (imageType.contains("WATER") || imageType.contains("W"))) {
            evidence.add("Dixon marker with ImageType WATER");
            return SeriesClass.DIXON_WATER;
        }
        if (dixonMarker && (imageType.contains("FAT") || imageType.contains("F"))) {
            evidence.add("Dixon marker with ImageType FAT");
            return SeriesClass.DIXON_FAT;
        }
        // DERIVED\PRIMARY is still an acquisition (some vendors mark reconstructed originals so); SECONDARY and
        // reformats are not
        Optional<String> derived = imageType.stream()
                .filter(t -> Set.of(
                                "SECONDARY",
                                "MPR",
                                "PROJECTION IMAGE",
                                "SUBTRACTION",
                                "MIP",
                                "REFORMATTED",
                                "ADC",
                                "TRACEW",
                                "FA",
                                "EADC")
                        .contains(t))
                .findFirst();
        if (derived.isPresent()) {
            evidence.add("ImageType " + String.join("\\", imageType) + ": derived (" + derived.get() + ")");
            return SeriesClass.DERIVED;
        }
        boolean epi = ss.contains("EP")
                || seqName.contains("ep2d")
                || seqName.contains("epi")
                || seqName.startsWith("ep")
                || seqName.contains(" ep")
                || seqName.contains("epse")
                || seqName.contains("epfid")
                || philips.stream().anyMatch(t -> t.contains("DWI") || t.contains("EPI"));
        // private b-values count only for EPI: GE writes its slope field on every image
        boolean diffusion = s.all("DiffusionBValue").stream().anyMatch(b -> b > 0)
                || (epi
                        && (positive(s.text.get("GEDiffusionBValue"))
                                || positive(s.text.get("SiemensDiffusionBValue"))))
                || philips.stream().anyMatch(t -> t.contains("DWI"))
                || s.tokens("AcquisitionContrast").contains("DIFFUSION")
                || imageType.contains("DIFFUSION")
                || seqName.matches(".*(ep_b\\d+|dti|dwi|diff|resolve).*");
        boolean gradientEcho = ss.contains("GR")
                || seqName.matches(".*(fid|tfl|fl2d|fl3d|flash|gre|spgr|mp-?rage|bravo|vibe|ffe|tfe).*")
                || philips.stream().anyMatch(t -> t.contains("FFE") || t.contains("TFE"))
                || (!epi && "GRADIENT".equals(upper(s.first("EchoPulseSequence"))));
        if (epi || diffusion) {
            if (diffusion || (!gradientEcho && (ss.contains("SE") || philips.contains("DWISE")))) {
                evidence.add(
                        diffusion
                                ? "EPI with diffusion weighting (b-value, technique or image type)"
                                : "spin-echo EPI (" + String.join("\\", ss) + ")");
                return SeriesClass.DWI;
            }
            evidence.add("gradient-echo EPI (ScanningSequence " + (ss.isEmpty() ? "absent" : String.join("\\", ss))
                    + (seqName.contains("fid") ? ", FID sequence" : "") + ")");
            return SeriesClass.GRE;
        }
        Double ti = inversionTime(s, evidence);
        boolean ir = ss.contains("IR")
                || "YES".equals(upper(s.first("InversionRecovery")))
                || so.contains("IR")
                || so.contains("IR_GEMS")
                || philips.contains("IR")
                || seqName.contains("tir")
                || ti != null;
        if (gradientEcho && (ir || sv.contains("MP"))) {
            evidence.add("magnetization-prepared gradient echo ("
                    + (ti != null ? "TI " + Range.format(ti) : sv.contains("MP") ? "SequenceVariant MP" : "IR")
                    + "): T1");
            return SeriesClass.T1;
        }
        if (ir) {
            if (ti == null) {
                evidence.add("inversion recovery without an inversion time");
                return SeriesClass.UNIDENTIFIED;
            }
            Range stir = nominal == null
                    ? null
                    : FieldStrength.ofTesla(nominal)
                            .map(f -> settings.stirInversionTimeMs().get(f.key()))
                            .orElse(null);
            if (stir != null && in(stir, ti)) {
                evidence.add("inversion recovery, TI " + Range.format(ti) + " ms in the STIR window " + stir.text()
                        + " at " + Range.format(nominal) + " T");
                return SeriesClass.STIR;
            }
            if (in(settings.flairInversionTimeMs(), ti)) {
                evidence.add("inversion recovery, TI " + Range.format(ti) + " ms: FLAIR ("
                        + settings.flairInversionTimeMs().text() + ")");
                return SeriesClass.FLAIR;
            }
            if (in(settings.t1FlairInversionTimeMs(), ti)) {
                evidence.add("inversion recovery, TI " + Range.format(ti) + " ms: T1-FLAIR ("
                        + settings.t1FlairInversionTimeMs().text() + ")");
                return SeriesClass.T1_FLAIR;
            }
            Range t1Flair = settings.t1FlairInversionTimeMs();
            if (stir != null && t1Flair.min() != null && ti < t1Flair.min()) {
                // §8.1's windows are approximate: a short-TI inversion recovery is a STIR, its TI then checked against
                // the protocol
                evidence.add("short-TI inversion recovery, TI " + Range.format(ti)
                        + " ms: STIR, outside the STIR window " + stir.text() + " at " + Range.format(nominal) + " T");
                return SeriesClass.STIR;
            }
            evidence.add(
                    "inversion recovery, TI " + Range.format(ti) + " ms outside the STIR, FLAIR and T1-FLAIR windows"
                            + (stir == null ? " (field strength not 1.5 or 3 T)" : ""));
            return SeriesClass.UNIDENTIFIED;
        }
        if (gradientEcho) {
            evidence.add("gradient echo ("
                    + (ss.contains("GR")
                                    ? "ScanningSequence GR"
                                    : "sequence " + seqName.trim() + " " + String.join("/", philips))
                            .trim()
                    + ")");
            return SeriesClass.GRE;
        }
        boolean spinEcho = ss.contains("SE")
                || sv.contains("SK")
                || so.contains("FAST_GEMS")
                || philips.stream().anyMatch(t -> t.contains("SE"))
                || "SPIN".equals(upper(s.first("EchoPulseSequence")));
        if (spinEcho) {
            Double tr = s.number("RepetitionTime");
            Double te = echoTime(s);
            if (tr == null || te == null) {
                evidence.add("spin echo without TR or TE");
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
        evidence.add("no recognised sequence type (ScanningSequence "
                + (ss.isEmpty() ? "absent" : String.join("\\", ss)) + ")");
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

    static Double echoTime(SeriesView s) {
        Double te = s.number("EchoTime");
        return te != null ? te : s.number("EffectiveEchoTime");
    }

    private static FatSuppression fatSuppression(SeriesView s, SeriesClass cls, List<String> evidence) {
        if (cls == SeriesClass.STIR) {
            return FatSuppression.STIR;
        }
        if (cls == SeriesClass.DIXON_WATER || cls == SeriesClass.DIXON_FAT) {
            return FatSuppression.DIXON;
        }
        Set<String> sss = s.tokens("SpectrallySelectedSuppression");
        if (sss.contains("FAT") || sss.contains("FAT_AND_WATER")) {
            evidence.add("SpectrallySelectedSuppression " + String.join("\\", sss) + ": spectral fat suppression");
            return FatSuppression.SPECTRAL;
        }
        Optional<String> fs = s.tokens("ScanOptions").stream()
                .filter(t -> t.equals("FS")
                        || t.equals("SFS")
                        || t.equals("WE")
                        || t.equals("SPIR")
                        || t.equals("SPAIR")
                        || t.equals("CHESS"))
                .findFirst();
        if (fs.isPresent()) {
            evidence.add("ScanOptions " + fs.get() + ": spectral fat suppression");
            return FatSuppression.SPECTRAL;
        }
        return FatSuppression.NONE;
    }

    private AcquiredContrastPhase phase(SeriesView s, List<String> evidence, String[] agentOut) {
        String agent = s.first("ContrastBolusAgent");
        if (agent != null && !agent.matches("(?i).*(anonymi[sz]ed|removed|de-?identified).*")) {
            agentOut[0] = agent;
            evidence.add("ContrastBolusAgent '" + agent + "': post-contrast");
            return AcquiredContrastPhase.POST;
        }
        String administered = upper(s.first("ContrastBolusAgentAdministered"));
        if ("YES".equals(administered)) {
            evidence.add("ContrastBolusAgentAdministered YES: post-contrast");
            return AcquiredContrastPhase.POST;
        }
        String description = (nn(s.first("SeriesDescription")) + " " + nn(s.first("ProtocolName"))).trim();
        if (matches(postContrast, description)) {
            evidence.add("description '" + description + "' matches a site post-contrast pattern");
            return AcquiredContrastPhase.POST;
        }
        if ("NO".equals(administered)) {
            evidence.add("ContrastBolusAgentAdministered NO: pre-contrast");
            return AcquiredContrastPhase.PRE;
        }
        evidence.add(
                agent != null
                        ? "ContrastBolusAgent '" + agent + "' is a de-identification placeholder: contrast unknown"
                        : s.emptyPresent.contains("ContrastBolusAgent")
                                ? "ContrastBolusAgent present but empty: contrast unknown, not none"
                                : "no contrast attributes: contrast unknown");
        return AcquiredContrastPhase.UNKNOWN;
    }

    private static boolean positive(Set<String> values) {
        if (values == null) {
            return false;
        }
        for (String v : values) {
            try {
                if (Double.parseDouble(v.trim().split("[\\\\\\s]")[0]) > 0) {
                    return true;
                }
            } catch (NumberFormatException e) {
                // not a number: not evidence of diffusion weighting
            }
        }
        return false;
    }

    private static boolean band(HeaderClassification.Weighted w, double tr, double te) {
        return in(w.repetitionTimeMs(), tr) && in(w.echoTimeMs(), te);
    }

    private static boolean in(Range r, double v) {
        return r != null && (r.min() == null || v >= r.min()) && (r.max() == null || v <= r.max());
    }

    private static boolean matches(List<Pattern> patterns, String text) {
        return !text.isBlank()
                && patterns.stream().anyMatch(p -> p.matcher(text).find());
    }

    private static String show(HeaderClassification.Weighted w) {
        return "TR " + w.repetitionTimeMs().text() + ", TE " + w.echoTimeMs().text();
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
