package org.mrpa.recommendation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.advice.Reason;

/**
 * Which levels the protocol images (clinical reference §1.5).
 *
 * @param sagittal                the sagittal span, vertebral level names C1..S5
 * @param axial                   the axial levels, or a sentence when the referral names none
 * @param wholeSpineSagittalScreen a sagittal screen of the whole spine is added; it does not change the region
 */
@Schema(
        description =
                "Levels the protocol images (clinical reference §1.5): sagittal span, axial levels, whole-spine screen")
public record Coverage(
        @Schema(description = "Sagittal coverage from/to, vertebral level names C1..S5")
        Span sagittal,

        @Schema(description = "Axial coverage: the affected levels and one level above and below")
        String axial,

        @Schema(description = "True when a sagittal screen of the whole spine is added to the regional study")
        boolean wholeSpineSagittalScreen,

        @Schema(description = "The coverage rules that decided, with source keys")
        List<Reason> reasons) {

    public Coverage {
        reasons = List.copyOf(reasons);
    }

    /** A span of vertebral levels, cranial first. */
    @Schema(description = "A span of vertebral levels, cranial level first")
    public record Span(
            @Schema(description = "Cranial level, e.g. C1", example = "C1")
            String from,

            @Schema(description = "Caudal level, e.g. T8", example = "T8")
            String to) {}
}
