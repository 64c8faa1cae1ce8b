package org.mrpa.indication;

import java.util.List;
import org.mrpa.advice.Reason;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.Region;

/**
 * The result of matching an indication: the protocol (when supported) and the evidence behind it.
 *
 * @param contrastExceptions indices of the chosen protocol's contrast exceptions the indication asserts
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
}
