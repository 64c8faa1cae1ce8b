package org.mrpa.recommendation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.protocol.ContrastPhase;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.ParameterRanges;
import org.mrpa.protocol.Plane;
import org.mrpa.protocol.Technique;
import org.mrpa.protocol.Weighting;

/** One sequence to acquire, in order, with expected parameter ranges at the recommended field strength. */
@Schema(description = "A sequence to acquire, with expected parameter ranges at the recommended field strength")
public record PlannedSequence(
        int order,
        String id,
        String template,
        String title,
        Plane plane,
        Weighting weighting,
        FatSuppression fatSuppression,
        ContrastPhase contrastPhase,
        Technique technique,

        @Schema(description = "Core sequence of the protocol (false = recommended)")
        boolean required,

        @Schema(description = "Only if the radiologist approves gadolinium")
        boolean conditional,

        @Schema(description = "Abbreviated variant: acquire after the key sequences if the patient tolerates it")
        boolean acquireIfTolerated,

        String coverage,
        ParameterRanges parameters,

        @Schema(description = "Diffusion weightings (b-values, s/mm2) of a DWI sequence; empty for other sequences")
        List<Double> bValues,

        List<String> notes,

        @Schema(description = "Rule codes that changed this sequence from the catalog protocol")
        List<String> changes) {}
