package org.mrpa.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.advice.Flag;
import org.mrpa.advice.Reason;

/**
 * Whether any scanner may scan the patient, what blocks it, and the imaging to offer instead (§4.2, §5 rule 10).
 *
 * @param feasible            false when no available scanner may scan the patient
 * @param blockingReasons     why not, empty when feasible
 * @param alternativeImaging  the alternative to offer when the scan cannot happen or a device calls for it; null when
 *                            none is suggested
 */
public record Feasibility(
        boolean feasible, List<Reason> blockingReasons, AlternativeImaging alternativeImaging, List<Flag> flags) {

    public Feasibility {
        blockingReasons = List.copyOf(blockingReasons);
        flags = List.copyOf(flags);
    }

    /** The imaging to offer instead of MRI, and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Imaging to offer instead of MRI (clinical reference §4.2, §5 rule 10)")
    public record AlternativeImaging(
            @Schema(description = "CT or CT_MYELOGRAPHY") Modality modality,
            @Schema(description = "Why it is suggested") String reason) {}

    /** Alternative imaging modality. */
    @Schema(description = "CT, or CT_MYELOGRAPHY (when the question is the canal, cord or nerve roots)")
    public enum Modality {
        CT,
        CT_MYELOGRAPHY
    }
}
