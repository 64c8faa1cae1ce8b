package org.mrpa.dicom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mrpa.dicom.vendor.Marker;
import org.mrpa.dicom.vendor.Spelling;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.HeaderClassification;
import org.mrpa.protocol.Plane;

/**
 * Classifies a series from its headers (clinical reference §8.1, with the vendor conventions of §8.3): field
 * strength, plane, series class by the heuristics in order, fat suppression and contrast phase. Every decision adds a
 * line of evidence.
 */
public final class SeriesClassifier {

    private static final double GYROMAGNETIC_MHZ_PER_T = 42.577;

    /** The end of the evidence line of a series found post-contrast by its description alone (no agent, no flag). */
    public static final String POST_CONTRAST_BY_DESCRIPTION = "matches a site post-contrast pattern";

    private final List<Pattern> postContrast;
    private final SeriesClassHeuristics heuristics;

    public SeriesClassifier(HeaderClassification settings) {
        this.postContrast = patterns(settings.postContrastDescriptions());
        this.heuristics = new SeriesClassHeuristics(settings);
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
            List<String> evidence,
            String classifiedBy) {}

    /** The contrast phase and, when the header records one, the agent. */
    private record Contrast(AcquiredContrastPhase phase, String agent) {}

    Classification classify(SeriesView s) {
        List<String> evidence = new ArrayList<>();
        Double tesla = fieldStrength(s, evidence);
        Double nominal = tesla == null
                ? null
                : FieldStrength.ofTesla(tesla).map(FieldStrength::nominalTesla).orElse(Math.round(tesla * 100) / 100.0);
        PlaneClassifier.Geometry g = PlaneClassifier.geometry(s.orientations);
        if (g.plane() != null) {
            evidence.add("plane " + g.plane() + " from ImageOrientationPatient, " + g.obliquity() + " deg oblique");
        } else if (g.mixed()) {
            evidence.add("ImageOrientationPatient in several planes within the series");
        }
        int before = evidence.size();
        SeriesClass cls = heuristics.classify(new SequenceClues(s, g.mixed()), nominal, evidence);
        String classifiedBy = evidence.size() > before ? evidence.get(evidence.size() - 1) : null;
        FatSuppression fs = fatSuppression(s, cls, evidence);
        Contrast contrast = contrast(s, evidence);
        return new Classification(
                cls,
                fs,
                contrast.phase(),
                contrast.agent(),
                g.plane(),
                g.obliquity(),
                g.mixed(),
                tesla,
                nominal,
                evidence,
                classifiedBy);
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

    static Double echoTime(SeriesView s) {
        Double te = s.number("EchoTime");
        return te != null ? te : s.number("EffectiveEchoTime");
    }

    /** STIR and Dixon by class; spectral from SpectrallySelectedSuppression, ScanOptions FS or a vendor token. */
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
                .filter(t ->
                        t.equals("FS") || SequenceClues.spells(Marker.FAT_SUPPRESSION, Spelling.Field.SCAN_OPTIONS, t))
                .findFirst();
        if (fs.isPresent()) {
            evidence.add("ScanOptions " + fs.get() + ": spectral fat suppression");
            return FatSuppression.SPECTRAL;
        }
        return FatSuppression.NONE;
    }

    /**
     * Post-contrast when an agent is recorded, ContrastBolusAgentAdministered is YES or a site description pattern
     * matches; an empty or absent agent is unknown, not none (§8.1).
     */
    private Contrast contrast(SeriesView s, List<String> evidence) {
        String agent = s.first("ContrastBolusAgent");
        if (agent != null && !agent.matches("(?i).*(anonymi[sz]ed|removed|de-?identified).*")) {
            evidence.add("ContrastBolusAgent '" + agent + "': post-contrast");
            return new Contrast(AcquiredContrastPhase.POST, agent);
        }
        String administered = SequenceClues.upper(s.first("ContrastBolusAgentAdministered"));
        if ("YES".equals(administered)) {
            evidence.add("ContrastBolusAgentAdministered YES: post-contrast");
            return new Contrast(AcquiredContrastPhase.POST, null);
        }
        String description = (nn(s.first("SeriesDescription")) + " " + nn(s.first("ProtocolName"))).trim();
        if (matches(postContrast, description)) {
            evidence.add("description '" + description + "' " + POST_CONTRAST_BY_DESCRIPTION);
            return new Contrast(AcquiredContrastPhase.POST, null);
        }
        if ("NO".equals(administered)) {
            evidence.add("ContrastBolusAgentAdministered NO: pre-contrast");
            return new Contrast(AcquiredContrastPhase.PRE, null);
        }
        evidence.add(
                agent != null
                        ? "ContrastBolusAgent '" + agent + "' is a de-identification placeholder: contrast unknown"
                        : s.emptyPresent.contains("ContrastBolusAgent")
                                ? "ContrastBolusAgent present but empty: contrast unknown, not none"
                                : "no contrast attributes: contrast unknown");
        return new Contrast(AcquiredContrastPhase.UNKNOWN, null);
    }

    /** Site description patterns (Java regular expressions), case-insensitive. */
    static List<Pattern> patterns(List<String> regexes) {
        return regexes.stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE))
                .toList();
    }

    static boolean matches(List<Pattern> patterns, String text) {
        return !text.isBlank()
                && patterns.stream().anyMatch(p -> p.matcher(text).find());
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
