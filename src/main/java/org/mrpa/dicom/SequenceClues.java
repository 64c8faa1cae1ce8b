package org.mrpa.dicom;

import static java.util.stream.Collectors.joining;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.mrpa.dicom.vendor.AnyVendor;
import org.mrpa.dicom.vendor.HeaderWords;
import org.mrpa.dicom.vendor.Marker;
import org.mrpa.dicom.vendor.PrivateTag.StandsFor;
import org.mrpa.dicom.vendor.Spelling;

/**
 * What the headers of a series say about its sequence: the standard attributes of §8.1 and the vendor spellings of
 * §8.3 together, so that a heuristic asks "is it echo-planar?" once. EPI is written as EP, EP\SE, SE\EP or only in a
 * vendor's sequence name or private technique; inversion recovery as SE\IR, IR, GR\IR or RM\IR.
 */
final class SequenceClues {

    final SeriesView series;
    final HeaderWords words;
    final Set<String> imageType;
    final Set<String> scanningSequence;
    final Set<String> sequenceVariant;
    /** SeriesDescription and ProtocolName, for site patterns. */
    final String description;
    /** The images lie in several planes. */
    final boolean mixedOrientations;

    final boolean echoPlanar;
    final boolean diffusion;
    final boolean gradientEcho;

    SequenceClues(SeriesView s, boolean mixedOrientations) {
        this.series = s;
        this.mixedOrientations = mixedOrientations;
        this.imageType = s.tokens("ImageType");
        this.scanningSequence = s.tokens("ScanningSequence");
        this.sequenceVariant = s.tokens("SequenceVariant");
        this.words = new HeaderWords(s.tokens("ScanOptions"), imageType, technique(s), sequenceName(s));
        this.description = (nn(s.first("SeriesDescription")) + " " + nn(s.first("ProtocolName"))).trim();
        this.echoPlanar = scanningSequence.contains("EP") || marks(Marker.ECHO_PLANAR);
        this.diffusion = diffusion(s);
        this.gradientEcho = scanningSequence.contains("GR")
                || marks(Marker.GRADIENT_ECHO)
                || (!echoPlanar && "GRADIENT".equals(upper(s.first("EchoPulseSequence"))));
    }

    /** True when some vendor's spelling of the marker is in this series' header. */
    boolean marks(Marker marker) {
        return AnyVendor.marks(marker, words);
    }

    /** True when a token of a field is some vendor's spelling of the marker. */
    static boolean spells(Marker marker, Spelling.Field field, String token) {
        return AnyVendor.spells(marker, field, token);
    }

    boolean dixon() {
        return imageType.contains("DIXON") || marks(Marker.DIXON);
    }

    /** Spin-echo echo-planar (when not a gradient echo). */
    boolean spinEchoEpi() {
        return scanningSequence.contains("SE") || marks(Marker.SPIN_ECHO_EPI);
    }

    /** Inversion recovery, given the inversion time found (null when none). */
    boolean inversionRecovery(Double inversionTime) {
        return scanningSequence.contains("IR")
                || "YES".equals(upper(series.first("InversionRecovery")))
                || marks(Marker.INVERSION_RECOVERY)
                || inversionTime != null;
    }

    boolean spinEcho() {
        return scanningSequence.contains("SE")
                || sequenceVariant.contains("SK")
                || marks(Marker.SPIN_ECHO)
                || "SPIN".equals(upper(series.first("EchoPulseSequence")));
    }

    /** Diffusion weighting; a private b-value counts only for EPI (GE writes its b-value field on every image). */
    private boolean diffusion(SeriesView s) {
        return s.all("DiffusionBValue").stream().anyMatch(b -> b > 0)
                || (echoPlanar
                        && AnyVendor.namesStandingFor(StandsFor.DIFFUSION_B_VALUE).stream()
                                .anyMatch(name -> positive(s.text.get(name))))
                || marks(Marker.DIFFUSION)
                || s.tokens("AcquisitionContrast").contains("DIFFUSION")
                || imageType.contains("DIFFUSION");
    }

    /** The values of the vendors' private technique elements, upper case. */
    private static Set<String> technique(SeriesView s) {
        Set<String> out = new LinkedHashSet<>();
        AnyVendor.namesStandingFor(StandsFor.TECHNIQUE).forEach(name -> out.addAll(s.tokens(name)));
        return out;
    }

    /** SequenceName, PulseSequenceName and the vendors' private sequence names, lower case, joined by a space. */
    private static String sequenceName(SeriesView s) {
        List<String> names = AnyVendor.namesStandingFor(StandsFor.SEQUENCE_NAME);
        return Stream.concat(Stream.of("SequenceName", "PulseSequenceName"), names.stream())
                .map(name -> lower(s.first(name)))
                .collect(joining(" "));
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

    static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
