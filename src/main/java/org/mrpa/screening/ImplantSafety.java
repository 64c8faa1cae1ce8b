package org.mrpa.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.advice.Flag;
import org.mrpa.advice.ImplantDecision;
import org.mrpa.advice.Reason;

/** Implant safety decision, the constraints the scan must respect, and where to re-route the patient (§4). */
@Schema(description = "Implant safety decision with scan constraints and re-routing")
public record ImplantSafety(
        ImplantDecision decision,
        ScanConstraints constraints,

        @Schema(
                description = "Field strength the patient must be scanned at instead of the booked one",
                nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Double rerouteToFieldStrengthT,

        @Schema(description = "Site scanner the patient must be scanned on instead of the booked one", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String rerouteToScannerId,

        List<ImplantAssessment> implants,
        List<Flag> flags,
        List<Reason> reasons) {

    /** One implant's decision and why. */
    public record ImplantAssessment(
            int index,
            String description,
            ImplantType type,
            MrLabel mrLabel,
            ImplantDecision decision,
            List<Reason> reasons) {}
}
