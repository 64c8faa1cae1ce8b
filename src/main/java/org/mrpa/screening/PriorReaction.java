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
        @Schema(required = true) @NotNull ContrastClass contrastClass,

        @Schema(
                description = "ALLERGIC_LIKE or PHYSIOLOGIC; absent = not stated (the severity decides)",
                nullable = true)
        ReactionType type,

        @Schema(description = "Free-text description of the reaction, as the referral gives it", nullable = true)
        @Size(max = 500)
        String description) {

    /** A reaction known only by agent, severity and contrast class. */
    public PriorReaction(String agent, ReactionSeverity severity, ContrastClass contrastClass) {
        this(agent, severity, contrastClass, null, null);
    }

    /**
     * The severity the rules use (§3.4): a PHYSIOLOGIC-type reaction given as MILD is physiologic; an ALLERGIC_LIKE
     * reaction given as PHYSIOLOGIC is at least mild allergic-like (fail safe); otherwise the stated severity.
     */
    public ReactionSeverity effectiveSeverity() {
        if (type == ReactionType.PHYSIOLOGIC && severity == ReactionSeverity.MILD) {
            return ReactionSeverity.PHYSIOLOGIC;
        }
        if (type == ReactionType.ALLERGIC_LIKE && severity == ReactionSeverity.PHYSIOLOGIC) {
            return ReactionSeverity.MILD;
        }
        return severity;
    }
}
