package org.mrpa.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.protocol.CoilSpec;
import org.mrpa.protocol.ContrastPhase;
import org.mrpa.protocol.ContrastPolicy;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.MarsRule;
import org.mrpa.protocol.ParameterRanges;
import org.mrpa.protocol.Plane;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.Region;
import org.mrpa.protocol.SequenceSpec;
import org.mrpa.protocol.SequenceTemplate;
import org.mrpa.protocol.Technique;
import org.mrpa.protocol.Triggers;
import org.mrpa.protocol.Weighting;
import org.mrpa.protocol.catalog.ProtocolCatalog;

/** A catalog protocol with every sequence resolved: technique, weighting and ranges at 1.5 T and 3 T. */
@Schema(description = "A catalog protocol with sequences resolved for 1.5 T and 3 T")
public record ProtocolView(
        String id,
        String title,
        Family family,
        Region region,
        boolean familyDefault,
        String description,
        List<String> source,
        String catalogVersion,
        Triggers triggers,
        CoilSpec coil,
        ContrastPolicy contrast,
        List<SequenceView> sequences,
        List<String> abbreviated,
        Protocol.NoContrastVariant noContrast,
        Integer postContrastDelayMin) {

    /** A resolved sequence. */
    public record SequenceView(
            String id,
            String template,
            String title,
            Plane plane,
            Weighting weighting,
            FatSuppression fatSuppression,
            ContrastPhase contrastPhase,
            Technique technique,
            boolean required,
            String coverage,
            String note,

            @Schema(description = "Expected ranges keyed by field strength (\"1.5\", \"3\")")
            Map<String, ParameterRanges> parameters,

            @Schema(description = "What metal artifact reduction does to this sequence")
            MarsRule mars) {}

    /** A protocol in a list. */
    public record Summary(
            String id,
            String title,
            Family family,
            Region region,
            boolean familyDefault,
            org.mrpa.protocol.ContrastNeed contrastNeed,
            int sequenceCount) {}

    static ProtocolView of(Protocol p, ProtocolCatalog catalog) {
        List<SequenceView> sequences =
                p.sequences().stream().map(s -> sequence(p, s, catalog)).toList();
        return new ProtocolView(
                p.id(),
                p.title(),
                p.family(),
                p.region(),
                p.familyDefault(),
                p.description(),
                p.source(),
                catalog.version(),
                p.triggers(),
                p.coil(),
                p.contrast(),
                sequences,
                p.abbreviated(),
                p.noContrast(),
                p.postContrastDelayMin());
    }

    static Summary summary(Protocol p) {
        return new Summary(
                p.id(),
                p.title(),
                p.family(),
                p.region(),
                p.familyDefault(),
                p.contrast().need(),
                p.sequences().size());
    }

    private static SequenceView sequence(Protocol p, SequenceSpec s, ProtocolCatalog catalog) {
        SequenceTemplate t = catalog.template(s.template());
        Map<String, ParameterRanges> ranges = new LinkedHashMap<>();
        for (FieldStrength f : FieldStrength.values()) {
            ranges.put(f.key(), catalog.ranges(p, s, t, f));
        }
        Weighting w = s.phase() == ContrastPhase.POST ? t.weighting().afterContrast(t.fatSuppression()) : t.weighting();
        return new SequenceView(
                s.id(),
                t.id(),
                t.title(),
                s.plane(),
                w,
                t.fatSuppression(),
                s.phase(),
                t.technique(),
                s.required(),
                s.coverage(),
                s.note(),
                ranges,
                t.mars());
    }
}
