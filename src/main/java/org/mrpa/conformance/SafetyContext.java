package org.mrpa.conformance;

import java.util.ArrayList;
import java.util.List;
import org.mrpa.protocol.ContrastPhase;
import org.mrpa.screening.MrConditions;
import org.mrpa.screening.OperatingMode;

/**
 * Decided safety values that replace what the expected protocol knew: a person's gadolinium decision, the conditions
 * of implants (an approved implant's, or those stated in a request), and whether metal artifact reduction is
 * required. Null values keep what the expected protocol had.
 *
 * @param gadolinium        GIVE or DO_NOT_GIVE, or null (undecided)
 * @param implantConditions the conditions the scan must respect, all of them (most restrictive wins), or null
 * @param marsRequired      metal artifact reduction required, or null
 */
public record SafetyContext(GadoliniumOutcome gadolinium, List<MrConditions> implantConditions, Boolean marsRequired) {

    /** Nothing decided: the expected protocol stays as it is. */
    public static final SafetyContext NONE = new SafetyContext(null, null, null);

    /**
     * The expected protocol with these decided values: GIVE makes conditional post-contrast sequences required;
     * implant conditions replace the field strengths, operating mode, SAR and B1+rms limits; MARS is set when given.
     */
    public ExpectedProtocol applyTo(ExpectedProtocol e) {
        ExpectedProtocol.Safety s = e.safety();
        List<Double> fields = s.allowedFieldStrengthsT();
        boolean normalOnly = s.operatingModeNormalOnly();
        Double sar = s.maxWholeBodySarWPerKg();
        Double b1 = s.maxB1rmsMicroT();
        if (implantConditions != null && !implantConditions.isEmpty()) {
            fields = null;
            normalOnly = false;
            sar = null;
            b1 = null;
            for (MrConditions c : implantConditions) {
                fields = intersect(fields, c.allowedFieldStrengthsT());
                normalOnly |= c.operatingModeLimit() == OperatingMode.NORMAL;
                sar = min(sar, c.maxWholeBodySarWPerKg());
                b1 = min(b1, c.maxB1rmsMicroT());
            }
        }
        ExpectedProtocol.Safety safety = new ExpectedProtocol.Safety(
                fields,
                s.gadolinium(),
                marsRequired != null ? marsRequired : s.marsRequired(),
                normalOnly,
                sar,
                b1,
                gadolinium != null ? gadolinium : s.gadoliniumDecided());
        return new ExpectedProtocol(
                e.protocolId(),
                e.recommendationId(),
                e.recommendedFieldStrengthT(),
                gadolinium == GadoliniumOutcome.GIVE ? postContrastRequired(e.sequences()) : e.sequences(),
                safety,
                e.tolerancePercent(),
                e.parameterSeverity());
    }

    private static List<ExpectedProtocol.Sequence> postContrastRequired(List<ExpectedProtocol.Sequence> sequences) {
        List<ExpectedProtocol.Sequence> out = new ArrayList<>();
        for (ExpectedProtocol.Sequence q : sequences) {
            out.add(
                    q.phase() == ContrastPhase.POST && q.conditional()
                            ? new ExpectedProtocol.Sequence(
                                    q.id(),
                                    q.plane(),
                                    q.weighting(),
                                    q.fatSuppression(),
                                    q.phase(),
                                    q.technique(),
                                    true,
                                    false,
                                    q.parameters())
                            : q);
        }
        return out;
    }

    /** Field strengths both allow; an empty list from a label states no limit. */
    private static List<Double> intersect(List<Double> a, List<Double> b) {
        if (b == null || b.isEmpty()) {
            return a;
        }
        if (a == null) {
            return List.copyOf(b);
        }
        return a.stream().filter(b::contains).toList();
    }

    private static Double min(Double a, Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.min(a, b);
    }
}
