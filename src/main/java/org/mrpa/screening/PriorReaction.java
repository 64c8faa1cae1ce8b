package org.mrpa.screening;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A prior reaction to a contrast medium (clinical reference §3.4). */
@Schema(description = "A prior reaction to a contrast medium")
public record PriorReaction(
        @Schema(description = "Agent name when known, e.g. gadobutrol; null = not known", example = "gadoterate")
        @Size(max = 100)
        String agent,

        @Schema(required = true) @NotNull ReactionSeverity severity,
        @Schema(required = true) @NotNull ContrastClass contrastClass) {}
