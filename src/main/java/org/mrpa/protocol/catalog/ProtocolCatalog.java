package org.mrpa.protocol.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.HeaderClassification;
import org.mrpa.protocol.IndicationLexicon;
import org.mrpa.protocol.MarsMeasure;
import org.mrpa.protocol.ParameterRanges;
import org.mrpa.protocol.Plane;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.Region;
import org.mrpa.protocol.SequenceTemplate;
import org.mrpa.protocol.SitePolicy;

/**
 * The validated, immutable catalog: protocols, sequence templates, geometry, site policy, lexicon and the header
 * classification settings,
 * with a version (content hash of every file) that each recommendation records.
 */
public record ProtocolCatalog(
        String version,
        List<Protocol> protocols,
        Map<String, SequenceTemplate> templates,
        Map<Region, Map<Plane, ParameterRanges>> geometry,
        SitePolicy sitePolicy,
        IndicationLexicon lexicon,
        HeaderClassification headerClassification,
        Map<String, MarsMeasure> marsMeasures) {

    /** A catalog whose metal-artifact measures change only the bandwidth (site-policy {@code mars.bandwidthFactor}). */
    public ProtocolCatalog(
            String version,
            List<Protocol> protocols,
            Map<String, SequenceTemplate> templates,
            Map<Region, Map<Plane, ParameterRanges>> geometry,
            SitePolicy sitePolicy,
            IndicationLexicon lexicon,
            HeaderClassification headerClassification) {
        this(version, protocols, templates, geometry, sitePolicy, lexicon, headerClassification, Map.of());
    }

    /**
     * The ranges of a sequence kept near metal (§5): the receiver bandwidth multiplied by the site's factor (rule 6),
     * then every measure of {@code mars-measures.yaml} (rule 9: thinner slices, higher matrix).
     */
    public ParameterRanges nearMetal(ParameterRanges ranges) {
        Range factor = sitePolicy.mars().bandwidthFactor();
        ParameterRanges out = ranges.withBandwidthScaled(factor.min(), factor.max());
        for (MarsMeasure m : marsMeasures.values()) {
            out = m.applyTo(out);
        }
        return out;
    }

    public Optional<Protocol> protocol(String id) {
        return protocols.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public List<Protocol> protocolsOf(Family family) {
        return protocols.stream().filter(p -> p.family() == family).toList();
    }

    public SequenceTemplate template(String id) {
        SequenceTemplate t = templates.get(id);
        if (t == null) {
            throw new IllegalArgumentException("unknown template " + id);
        }
        return t;
    }

    /**
     * Expected ranges of one protocol sequence at one field strength: the template's technique ranges, then the
     * region/plane geometry, then the protocol's own overrides.
     */
    public ParameterRanges ranges(
            Protocol protocol,
            org.mrpa.protocol.SequenceSpec spec,
            SequenceTemplate template,
            org.mrpa.protocol.FieldStrength field) {
        return template.rangesAt(field)
                .overlay(geometry(protocol.region(), spec.plane()))
                .overlay(spec.parameters().get(field.key()));
    }

    /** Geometry ranges (slice, gap, FOV, pixel size) for a region and plane; none when the reference gives none. */
    public ParameterRanges geometry(Region region, Plane plane) {
        return geometry.getOrDefault(region, Map.of()).getOrDefault(plane, ParameterRanges.NONE);
    }
}
