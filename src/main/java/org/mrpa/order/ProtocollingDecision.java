package org.mrpa.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.screening.MrConditions;

/**
 * A decision the advice left to a person, recorded on the order (advice vocabulary, "Protocolling decisions on an
 * order"): gadolinium GIVE with the agent or DO_NOT_GIVE; an implant APPROVED with the conditions that apply, or
 * DECLINED. Conformance checks of the order's studies use the latest decision of each kind.
 *
 * @param recommendationId the recommendation whose open question this decides
 * @param constraints      for an approved implant: the conditions the scan must respect (null: the recommendation's)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A protocolling decision recorded on an order: who decided what, when and why")
public record ProtocollingDecision(
        String id,
        String recommendationId,
        Kind kind,
        Outcome outcome,

        @Schema(description = "Agent to give (gadolinium GIVE only)", example = "gadobutrol")
        String agent,

        MrConditions constraints,
        String reason,

        @Schema(description = "Who decided (the signed-in user once sign-in exists)")
        String decidedBy,

        OffsetDateTime decidedAt) {

    /** What was decided on. */
    public enum Kind {
        /** The advice's gadolinium decision was RADIOLOGIST_DECISION. */
        GADOLINIUM,
        /** The advice's implant decision was RADIOLOGIST_REVIEW. */
        IMPLANT
    }

    /** The decision. */
    public enum Outcome {
        /** Gadolinium is to be given (with the agent named). */
        GIVE,
        /** Gadolinium is not to be given. */
        DO_NOT_GIVE,
        /** The implant may be scanned under the stated conditions. */
        APPROVED,
        /** The implant may not be scanned: the study must not go ahead. */
        DECLINED;

        /** The kind of decision this outcome belongs to. */
        public Kind kind() {
            return this == GIVE || this == DO_NOT_GIVE ? Kind.GADOLINIUM : Kind.IMPLANT;
        }
    }
}
