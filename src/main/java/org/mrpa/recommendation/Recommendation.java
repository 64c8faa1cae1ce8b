package org.mrpa.recommendation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.advice.Flag;
import org.mrpa.advice.Reason;
import org.mrpa.indication.Evidence;
import org.mrpa.indication.IndicationMatch;
import org.mrpa.protocol.CoilSpec;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.Region;
import org.mrpa.screening.ArtifactReduction;
import org.mrpa.screening.GadoliniumAdvice;
import org.mrpa.screening.ImplantSafety;
import org.mrpa.screening.MotionAdvice;

/** A complete, explained protocol recommendation for one order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        description =
                "A protocol recommendation: sequences, coil, gadolinium, implant safety, MARS and motion measures, each with reasons")
public record Recommendation(
        String recommendationId,
        String accessionNumber,
        Instant createdAt,

        @Schema(description = "Version (content hash) of the protocol catalog that produced this")
        String catalogVersion,

        @Schema(
                description =
                        "False when the indication is outside the service's scope or not recognised; then there is no protocol")
        boolean supported,

        IndicationSummary indication,
        ProtocolSummary protocol,
        ScannerSummary scanner,
        CoilSpec coil,
        List<PlannedSequence> sequences,
        List<OmittedSequence> omittedSequences,
        GadoliniumAdvice gadolinium,
        ImplantSafety implantSafety,
        ArtifactReduction artifactReduction,
        MotionAdvice motion,

        @Schema(description = "Every advisory flag of every section")
        List<Flag> flags,

        @Schema(description = "Reasons for the indication match, protocol tailoring, field strength and advisories")
        List<Reason> reasons) {

    /** What the indication was matched to, and on what evidence. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicationSummary(
            IndicationMatch.Status status,
            Family family,
            Region region,
            List<Evidence> evidence,
            List<Evidence> regionEvidence,
            List<IndicationMatch.FamilyEvidence> otherFamilies,
            List<Evidence> negated,
            List<Evidence> outOfScope) {}

    /** The catalog protocol and the variants applied to it. */
    public record ProtocolSummary(
            String id, String title, Family family, Region region, List<ProtocolTailor.Variant> variants) {}

    /** Booked and recommended scanner. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScannerSummary(
            String bookedScannerId,
            double bookedFieldStrengthT,
            String recommendedScannerId,
            double recommendedFieldStrengthT,
            List<Double> availableFieldStrengthsT) {}
}
