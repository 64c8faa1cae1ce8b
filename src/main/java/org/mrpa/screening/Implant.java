package org.mrpa.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An implant or foreign body found at screening. */
@Schema(description = "An implant or foreign body found at screening")
public record Implant(
        @Schema(description = "Free text, e.g. 'L4-S1 titanium pedicle screws'") @Size(max = 300)
        String description,

        @Schema(required = true) @NotNull ImplantType type,

        @Schema(required = true, description = "ASTM F2503 label; UNKNOWN when not identified") @NotNull
        MrLabel mrLabel,

        @Schema(description = "Spinal levels (e.g. L4-S1) or body part (e.g. left chest)", example = "L4-S1")
        @Size(max = 100)
        String location,

        @Schema(description = "Weeks since implantation, when known") @Min(0) @Max(5200)
        Integer weeksSinceImplant,

        @Schema(description = "Conditions of an MR Conditional device") @Valid
        MrConditions conditions,

        @Schema(
                description =
                        "The implant is in or near the imaged region (true) or far from it (false); absent = "
                                + "estimated from the location (clinical reference §1.6). A stated value wins over the estimate",
                nullable = true)
        Boolean inOrNearImagedRegion,

        @Schema(
                description = "Abandoned, capped or fractured leads (cardiac devices, stimulators); absent = not known",
                nullable = true)
        Boolean abandonedOrFracturedLeads,

        @Schema(
                description =
                        "Date of implantation (ISO date, not in the future); weeks since implant are derived from it "
                                + "when weeksSinceImplant is absent",
                example = "2023-04-17",
                nullable = true)
        @PastOrPresent
        LocalDate implantDate) {

    /** An implant without a location statement, lead status or implant date. */
    public Implant(
            String description,
            ImplantType type,
            MrLabel mrLabel,
            String location,
            Integer weeksSinceImplant,
            MrConditions conditions) {
        this(description, type, mrLabel, location, weeksSinceImplant, conditions, null, null, null);
    }

    /** This implant with the weeks since implantation derived from its date, as of a day, when they were not given. */
    public Implant asOf(LocalDate today) {
        if (weeksSinceImplant != null || implantDate == null || implantDate.isAfter(today)) {
            return this;
        }
        int weeks = (int) Math.min(5200, ChronoUnit.WEEKS.between(implantDate, today));
        return new Implant(
                description,
                type,
                mrLabel,
                location,
                weeks,
                conditions,
                inOrNearImagedRegion,
                abandonedOrFracturedLeads,
                implantDate);
    }
}
