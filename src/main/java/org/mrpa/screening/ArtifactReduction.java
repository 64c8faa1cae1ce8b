package org.mrpa.screening;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.advice.ArtifactMeasure;
import org.mrpa.advice.Flag;
import org.mrpa.advice.Reason;
import org.mrpa.protocol.LicensedOption;

/** Metal artifact reduction: whether it applies, the measures, and where each implant lies relative to the FOV (§5). */
@Schema(description = "Metal artifact reduction (MARS)")
public record ArtifactReduction(
        boolean marsRequired,
        List<ArtifactMeasure> measures,

        @Schema(description = "Licensed metal-artifact techniques of the booked scanner to use")
        List<LicensedOption> licensedTechniques,

        List<HardwarePosition> hardware,
        List<Flag> flags,
        List<Reason> reasons) {

    /** Where one implant lies relative to the imaged region. */
    public record HardwarePosition(int index, String description, String levels, Position position) {}

    /** In the field of view, within the site's margin of it, outside it, or not known (treated as near). */
    public enum Position {
        IN_FOV,
        NEAR_FOV,
        OUTSIDE_FOV,
        UNKNOWN,
        NON_METALLIC
    }
}
