package org.mrpa.recommendation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.advice.Flag;
import org.mrpa.advice.Reason;
import org.mrpa.indication.Evidence;
import org.mrpa.indication.IndicationMatch;
import org.mrpa.indication.Urgency;
import org.mrpa.protocol.CoilSpec;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.Region;
import org.mrpa.screening.ArtifactReduction;
import org.mrpa.screening.Feasibility;
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

        @Schema(
                description =
                        "False when no scanner may scan the patient (implant DO_NOT_SCAN, table limit exceeded on "
                                + "every scanner that may be offered); then no scanner is recommended and the protocol is what "
                                + "would be acquired if cleared. Absent when the indication is not supported",
                nullable = true)
        Boolean feasible,

        @Schema(description = "Why the scan cannot happen; empty when feasible")
        List<Reason> blockingReasons,

        @Schema(description = "Imaging to offer instead (CT, CT myelography), when suggested", nullable = true)
        Feasibility.AlternativeImaging alternativeImaging,

        IndicationSummary indication,

        @Schema(description = "How soon the study is needed: EMERGENCY, URGENT or ROUTINE with its reason (§1.4)")
        Urgency urgency,

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

    /** A builder in which every section is absent and every list empty until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a recommendation from the sections it has; an unsupported indication has no protocol sections. */
    public static final class Builder {
        private String recommendationId;
        private String accessionNumber;
        private Instant createdAt;
        private String catalogVersion;
        private boolean supported;
        private Boolean feasible;
        private List<Reason> blockingReasons = List.of();
        private Feasibility.AlternativeImaging alternativeImaging;
        private IndicationSummary indication;
        private Urgency urgency;
        private ProtocolSummary protocol;
        private ScannerSummary scanner;
        private CoilSpec coil;
        private List<PlannedSequence> sequences = List.of();
        private List<OmittedSequence> omittedSequences = List.of();
        private GadoliniumAdvice gadolinium;
        private ImplantSafety implantSafety;
        private ArtifactReduction artifactReduction;
        private MotionAdvice motion;
        private List<Flag> flags = List.of();
        private List<Reason> reasons = List.of();

        private Builder() {}

        public Builder recommendationId(String v) {
            recommendationId = v;
            return this;
        }

        public Builder accessionNumber(String v) {
            accessionNumber = v;
            return this;
        }

        public Builder createdAt(Instant v) {
            createdAt = v;
            return this;
        }

        public Builder catalogVersion(String v) {
            catalogVersion = v;
            return this;
        }

        public Builder supported(boolean v) {
            supported = v;
            return this;
        }

        /** Feasibility: whether the scan can happen, why not, and what to offer instead. */
        public Builder feasibility(Feasibility v) {
            feasible = v.feasible();
            blockingReasons = v.blockingReasons();
            alternativeImaging = v.alternativeImaging();
            return this;
        }

        public Builder indication(IndicationSummary v) {
            indication = v;
            return this;
        }

        public Builder urgency(Urgency v) {
            urgency = v;
            return this;
        }

        public Builder protocol(ProtocolSummary v) {
            protocol = v;
            return this;
        }

        public Builder scanner(ScannerSummary v) {
            scanner = v;
            return this;
        }

        public Builder coil(CoilSpec v) {
            coil = v;
            return this;
        }

        public Builder sequences(List<PlannedSequence> v) {
            sequences = v;
            return this;
        }

        public Builder omittedSequences(List<OmittedSequence> v) {
            omittedSequences = v;
            return this;
        }

        public Builder gadolinium(GadoliniumAdvice v) {
            gadolinium = v;
            return this;
        }

        public Builder implantSafety(ImplantSafety v) {
            implantSafety = v;
            return this;
        }

        public Builder artifactReduction(ArtifactReduction v) {
            artifactReduction = v;
            return this;
        }

        public Builder motion(MotionAdvice v) {
            motion = v;
            return this;
        }

        public Builder flags(List<Flag> v) {
            flags = v;
            return this;
        }

        public Builder reasons(List<Reason> v) {
            reasons = v;
            return this;
        }

        public Recommendation build() {
            return new Recommendation(
                    recommendationId,
                    accessionNumber,
                    createdAt,
                    catalogVersion,
                    supported,
                    feasible,
                    blockingReasons,
                    alternativeImaging,
                    indication,
                    urgency,
                    protocol,
                    scanner,
                    coil,
                    sequences,
                    omittedSequences,
                    gadolinium,
                    implantSafety,
                    artifactReduction,
                    motion,
                    flags,
                    reasons);
        }
    }

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

    /** The catalog protocol, the variants applied to it and the levels it images. */
    public record ProtocolSummary(
            String id,
            String title,
            Family family,
            Region region,
            List<ProtocolTailor.Variant> variants,

            @Schema(description = "Levels imaged: sagittal span, axial levels, whole-spine sagittal screen (§1.5)")
            Coverage coverage,

            @Schema(
                    description = "True when the scan cannot happen (feasible false): the protocol is what would be "
                            + "acquired if the patient were cleared",
                    nullable = true)
            @JsonInclude(JsonInclude.Include.NON_NULL)
            Boolean ifCleared) {

        /** A protocol of a feasible scan, without coverage. */
        public ProtocolSummary(
                String id, String title, Family family, Region region, List<ProtocolTailor.Variant> variants) {
            this(id, title, family, region, variants, null, null);
        }
    }

    /** Booked and recommended scanner. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScannerSummary(
            String bookedScannerId,
            double bookedFieldStrengthT,

            @Schema(description = "Scanner to scan on; absent when the scan cannot happen", nullable = true)
            String recommendedScannerId,

            @Schema(description = "Field strength to scan at (T); absent when the scan cannot happen", nullable = true)
            Double recommendedFieldStrengthT,

            List<Double> availableFieldStrengthsT) {}
}
