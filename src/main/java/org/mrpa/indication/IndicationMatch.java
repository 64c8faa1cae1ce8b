package org.mrpa.indication;

import java.util.List;
import java.util.Map;
import org.mrpa.advice.Reason;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.Region;
import org.mrpa.protocol.UrgencyCue;

/**
 * The result of matching an indication: the protocol (when supported) and the evidence behind it.
 *
 * @param contrastExceptions indices of the chosen protocol's contrast exceptions the indication asserts
 * @param urgencyCues        the asserted cues of the urgency rules (§1.4) and the words behind each
 */
public record IndicationMatch(
        Status status,
        Family family,
        Region region,
        Protocol protocol,
        List<Evidence> evidence,
        List<Evidence> regionEvidence,
        List<FamilyEvidence> otherFamilies,
        List<Evidence> negated,
        List<Evidence> outOfScope,
        List<String> redFlags,
        List<String> priorManagement,
        boolean intrathecalRequested,
        Map<UrgencyCue, List<Evidence>> urgencyCues,
        List<Integer> contrastExceptions,
        List<Reason> reasons) {

    /** Whether the indication maps to a protocol. */
    public enum Status {
        MATCHED,
        UNSUPPORTED_REGION,
        NOT_RECOGNISED
    }

    /** A family that matched too but lost on precedence or region. */
    public record FamilyEvidence(Family family, List<Evidence> evidence) {}

    public boolean supported() {
        return status == Status.MATCHED;
    }

    static Builder builder(Status status) {
        return new Builder(status);
    }

    /** Builds a match by name; what is not set stays empty (no family, region or protocol; empty lists; false). */
    static final class Builder {
        private final Status status;
        private Protocol protocol;
        private List<Evidence> evidence = List.of();
        private List<Evidence> regionEvidence = List.of();
        private List<FamilyEvidence> otherFamilies = List.of();
        private List<Evidence> negated = List.of();
        private List<Evidence> outOfScope = List.of();
        private List<String> redFlags = List.of();
        private List<String> priorManagement = List.of();
        private boolean intrathecalRequested;
        private Map<UrgencyCue, List<Evidence>> urgencyCues = Map.of();
        private List<Integer> contrastExceptions = List.of();
        private List<Reason> reasons = List.of();

        private Builder(Status status) {
            this.status = status;
        }

        /** The chosen protocol; the match's family and region are the protocol's. */
        Builder protocol(Protocol chosen) {
            this.protocol = chosen;
            return this;
        }

        Builder evidence(List<Evidence> value) {
            this.evidence = value;
            return this;
        }

        Builder regionEvidence(List<Evidence> value) {
            this.regionEvidence = value;
            return this;
        }

        Builder otherFamilies(List<FamilyEvidence> value) {
            this.otherFamilies = value;
            return this;
        }

        Builder negated(List<Evidence> value) {
            this.negated = value;
            return this;
        }

        Builder outOfScope(List<Evidence> value) {
            this.outOfScope = value;
            return this;
        }

        Builder redFlags(List<String> value) {
            this.redFlags = value;
            return this;
        }

        Builder priorManagement(List<String> value) {
            this.priorManagement = value;
            return this;
        }

        Builder intrathecalRequested(boolean value) {
            this.intrathecalRequested = value;
            return this;
        }

        Builder urgencyCues(Map<UrgencyCue, List<Evidence>> value) {
            this.urgencyCues = value;
            return this;
        }

        Builder contrastExceptions(List<Integer> value) {
            this.contrastExceptions = value;
            return this;
        }

        Builder reasons(List<Reason> value) {
            this.reasons = value;
            return this;
        }

        IndicationMatch build() {
            return new IndicationMatch(
                    status,
                    protocol == null ? null : protocol.family(),
                    protocol == null ? null : protocol.region(),
                    protocol,
                    evidence,
                    regionEvidence,
                    otherFamilies,
                    negated,
                    outOfScope,
                    redFlags,
                    priorManagement,
                    intrathecalRequested,
                    urgencyCues,
                    contrastExceptions,
                    reasons);
        }
    }
}
