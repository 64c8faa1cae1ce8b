package org.mrpa.protocol;

import java.util.List;
import java.util.Map;

/**
 * Settings for classifying acquired series from their headers ({@code protocols/header-classification.yaml}):
 * the §8.1 inversion-time windows, the site's spin-echo TR/TE bands, and description patterns; and the conformance
 * settings: the default tolerance and, by DICOM keyword, the severity of a parameter outside its range.
 *
 * @param parameterSeverity by DICOM keyword (e.g. RepetitionTime), the severity of a value outside the range plus
 *                          tolerance (default ERROR); a value within the tolerance is at most a WARNING
 */
public record HeaderClassification(
        Map<String, Range> stirInversionTimeMs,
        Range flairInversionTimeMs,
        Range t1FlairInversionTimeMs,
        Weighted t1SpinEcho,
        Weighted t2SpinEcho,
        Weighted pdSpinEcho,
        GradientEchoT1 t1GradientEcho,
        List<String> postContrastDescriptions,
        List<String> localizerDescriptions,
        Double defaultTolerancePercent,
        Map<String, DeviationSeverity> parameterSeverity) {

    public HeaderClassification {
        parameterSeverity = parameterSeverity == null ? Map.of() : Map.copyOf(parameterSeverity);
        stirInversionTimeMs = stirInversionTimeMs == null ? Map.of() : Map.copyOf(stirInversionTimeMs);
        postContrastDescriptions = postContrastDescriptions == null ? List.of() : List.copyOf(postContrastDescriptions);
        localizerDescriptions = localizerDescriptions == null ? List.of() : List.copyOf(localizerDescriptions);
    }

    /** The band of a T1-weighted spoiled gradient echo: short TR, short TE, high flip angle; null: not recognised. */
    public record GradientEchoT1(Range repetitionTimeMs, Range echoTimeMs, Range flipAngleDeg) {}

    /** A spin-echo weighting band. */
    public record Weighted(Range repetitionTimeMs, Range echoTimeMs) {}
}
