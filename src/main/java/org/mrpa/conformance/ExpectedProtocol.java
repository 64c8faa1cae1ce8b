package org.mrpa.conformance;

import java.util.List;
import java.util.Map;
import org.mrpa.advice.GadoliniumDecision;
import org.mrpa.protocol.ContrastPhase;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.ParameterRanges;
import org.mrpa.protocol.Plane;
import org.mrpa.protocol.Technique;
import org.mrpa.protocol.Weighting;

/**
 * What a study was supposed to be: the sequences with their expected ranges and, when it comes from a
 * recommendation, the safety context (implant constraints, gadolinium decision, metal artifact reduction).
 *
 * @param recommendationId null when checked against a catalog protocol directly
 * @param recommendedFieldStrengthT null when checked against a catalog protocol directly
 * @param parameterSeverity by DICOM keyword, the site's severity of a parameter outside its range (default ERROR)
 */
public record ExpectedProtocol(
        String protocolId,
        String recommendationId,
        Double recommendedFieldStrengthT,
        List<Sequence> sequences,
        Safety safety,
        double tolerancePercent,
        Map<String, Severity> parameterSeverity) {

    public ExpectedProtocol {
        parameterSeverity = parameterSeverity == null ? Map.of() : Map.copyOf(parameterSeverity);
    }

    /** With the default severities (a parameter outside its range is an ERROR). */
    public ExpectedProtocol(
            String protocolId,
            String recommendationId,
            Double recommendedFieldStrengthT,
            List<Sequence> sequences,
            Safety safety,
            double tolerancePercent) {
        this(protocolId, recommendationId, recommendedFieldStrengthT, sequences, safety, tolerancePercent, Map.of());
    }

    /** One expected sequence. */
    public record Sequence(
            String id,
            Plane plane,
            Weighting weighting,
            FatSuppression fatSuppression,
            ContrastPhase phase,
            Technique technique,
            boolean required,
            boolean conditional,
            ParameterRanges parameters) {}

    /**
     * Limits the scan had to respect; null values impose nothing.
     *
     * @param gadolinium              the advice's gadolinium decision (null: none known)
     * @param operatingModeNormalOnly the implant or pregnancy constraints require Normal Operating Mode
     * @param gadoliniumDecided       a person's decision on the order or in the request (GIVE, DO_NOT_GIVE); when
     *                                present it, not the advice's undecided value, is checked
     */
    public record Safety(
            List<Double> allowedFieldStrengthsT,
            GadoliniumDecision gadolinium,
            boolean marsRequired,
            boolean operatingModeNormalOnly,
            Double maxWholeBodySarWPerKg,
            Double maxB1rmsMicroT,
            GadoliniumOutcome gadoliniumDecided) {

        public static final Safety NONE = new Safety(null, null, false, false, null, null, null);
    }
}
