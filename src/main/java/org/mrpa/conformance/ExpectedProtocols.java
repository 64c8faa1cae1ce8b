package org.mrpa.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mrpa.protocol.ContrastPhase;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.MarsRule;
import org.mrpa.protocol.ParameterRanges;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.SequenceSpec;
import org.mrpa.protocol.SequenceTemplate;
import org.mrpa.protocol.catalog.ProtocolCatalog;
import org.mrpa.recommendation.PlannedSequence;
import org.mrpa.recommendation.ProtocolTailor;
import org.mrpa.recommendation.Recommendation;
import org.mrpa.screening.OperatingMode;
import org.mrpa.screening.ScanConstraints;

/** Builds what a study should contain, from a recommendation (with its safety context) or from a catalog protocol. */
public final class ExpectedProtocols {

    private final ProtocolCatalog catalog;

    /** @throws IllegalArgumentException when header-classification.yaml names a parameter the checker does not check */
    public ExpectedProtocols(ProtocolCatalog catalog) {
        this.catalog = catalog;
        for (String keyword : catalog.headerClassification().parameterSeverity().keySet()) {
            if (!ParameterChecks.KEYWORDS.contains(keyword)) {
                throw new IllegalArgumentException("protocols/header-classification.yaml: parameterSeverity: '"
                        + keyword + "' is not a checked parameter, one of " + ParameterChecks.KEYWORDS);
            }
        }
    }

    /**
     * From a recommendation: its tailored sequences (MARS, contrast and abbreviated variants included) and its
     * implant, contrast and MARS constraints. When the study was acquired at another field strength band, the ranges
     * are those of the acquired band (the field strength itself is then reported separately).
     */
    public ExpectedProtocol fromRecommendation(Recommendation r, Double acquiredFieldStrengthT) {
        Protocol protocol = catalog.protocol(r.protocol().id()).orElse(null);
        Optional<FieldStrength> acquired =
                acquiredFieldStrengthT == null ? Optional.empty() : FieldStrength.ofTesla(acquiredFieldStrengthT);
        Double recommendedT = r.scanner().recommendedFieldStrengthT();
        boolean sameBand =
                acquired.isEmpty() || (recommendedT != null && acquired.equals(FieldStrength.ofTesla(recommendedT)));
        boolean mars = r.artifactReduction() != null && r.artifactReduction().marsRequired();
        List<ExpectedProtocol.Sequence> sequences = new ArrayList<>();
        for (PlannedSequence s : r.sequences()) {
            ParameterRanges ranges = s.parameters();
            if (acquiredFieldStrengthT != null && acquired.isEmpty()) {
                // below 1 T (or an unknown band): the catalog defines no ranges; FIELD_STRENGTH_BELOW_RANGES says so
                ranges = ParameterRanges.NONE;
            } else if (!sameBand && protocol != null && catalog.templates().containsKey(s.template())) {
                ranges = rangesAt(protocol, s.id(), s.plane(), catalog.template(s.template()), acquired.get(), mars);
            }
            sequences.add(new ExpectedProtocol.Sequence(
                    s.id(),
                    s.plane(),
                    s.weighting(),
                    s.fatSuppression(),
                    s.contrastPhase(),
                    s.technique(),
                    s.required() && !s.acquireIfTolerated(),
                    s.conditional(),
                    ranges));
        }
        ScanConstraints c = r.implantSafety() == null
                ? ScanConstraints.NONE
                : r.implantSafety().constraints();
        ExpectedProtocol.Safety safety = new ExpectedProtocol.Safety(
                c.allowedFieldStrengthsT(),
                r.gadolinium() == null ? null : r.gadolinium().decision(),
                mars,
                c.operatingMode() == OperatingMode.NORMAL,
                c.maxWholeBodySarWPerKg(),
                c.maxB1rmsMicroT(),
                null);
        return new ExpectedProtocol(
                r.protocol().id(),
                r.recommendationId(),
                r.scanner().recommendedFieldStrengthT(),
                sequences,
                safety,
                tolerance(protocol),
                severities());
    }

    /**
     * From a catalog protocol alone, at the acquired field strength. With no recommendation there is no safety context
     * and no contrast decision: post-contrast sequences are expected only if contrast was given.
     */
    public ExpectedProtocol fromProtocol(Protocol p, Double acquiredFieldStrengthT) {
        Optional<FieldStrength> band =
                acquiredFieldStrengthT == null ? Optional.empty() : FieldStrength.ofTesla(acquiredFieldStrengthT);
        List<ExpectedProtocol.Sequence> sequences = new ArrayList<>();
        for (SequenceSpec s : p.sequences()) {
            SequenceTemplate t = catalog.template(s.template());
            ParameterRanges ranges = band.map(f -> catalog.ranges(p, s, t, f)).orElse(ParameterRanges.NONE);
            boolean post = s.phase() == ContrastPhase.POST;
            sequences.add(new ExpectedProtocol.Sequence(
                    s.id(),
                    s.plane(),
                    post ? t.weighting().afterContrast(t.fatSuppression()) : t.weighting(),
                    t.fatSuppression(),
                    s.phase(),
                    t.technique(),
                    s.required(),
                    post,
                    ranges));
        }
        return new ExpectedProtocol(
                p.id(), null, null, sequences, ExpectedProtocol.Safety.NONE, tolerance(p), severities());
    }

    /**
     * A technologist's override: the sequences of the chosen catalog protocol, with the safety context (implant,
     * contrast, MARS constraints) of the order's recommendation when there is one; an override never drops safety.
     */
    public ExpectedProtocol fromOverride(Protocol p, Recommendation r, Double acquiredFieldStrengthT) {
        if (r != null && r.protocol() != null && r.protocol().id().equals(p.id())) {
            return fromRecommendation(r, acquiredFieldStrengthT);
        }
        ExpectedProtocol plain = fromProtocol(p, acquiredFieldStrengthT);
        if (r == null || !r.supported()) {
            return plain;
        }
        ExpectedProtocol ordered = fromRecommendation(r, acquiredFieldStrengthT);
        return new ExpectedProtocol(
                p.id(),
                r.recommendationId(),
                ordered.recommendedFieldStrengthT(),
                plain.sequences(),
                ordered.safety(),
                plain.tolerancePercent(),
                plain.parameterSeverity());
    }

    private ParameterRanges rangesAt(
            Protocol protocol,
            String id,
            org.mrpa.protocol.Plane plane,
            SequenceTemplate t,
            FieldStrength band,
            boolean mars) {
        SequenceSpec spec = protocol.sequence(id)
                .orElse(new SequenceSpec(id, t.id(), plane, ContrastPhase.PRE, true, null, Map.of(), null));
        ParameterRanges ranges = catalog.ranges(protocol, spec, t, band);
        if (mars && t.mars().action() == MarsRule.Action.KEEP) {
            ranges = catalog.nearMetal(ranges);
        }
        return ranges;
    }

    /** The site's severity of a parameter outside its range, by DICOM keyword ({@code header-classification.yaml}). */
    private Map<String, Severity> severities() {
        Map<String, Severity> out = new java.util.LinkedHashMap<>();
        catalog.headerClassification()
                .parameterSeverity()
                .forEach((keyword, severity) -> out.put(keyword, Severity.valueOf(severity.name())));
        return out;
    }

    private double tolerance(Protocol p) {
        if (p != null && p.tolerancePercent() != null) {
            return p.tolerancePercent();
        }
        return catalog.headerClassification().defaultTolerancePercent();
    }

    /** Variants a recommendation applied, for reports. */
    static List<ProtocolTailor.Variant> variants(Recommendation r) {
        return r.protocol() == null ? List.of() : r.protocol().variants();
    }
}
