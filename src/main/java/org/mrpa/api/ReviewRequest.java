package org.mrpa.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.study.ReviewAction;

/** A QA review of one deviation. */
@Schema(description = "ACKNOWLEDGE (reason optional), WAIVE or REOPEN (reason required), by a named reviewer")
public record ReviewRequest(
        @Schema(required = true) @NotNull ReviewAction action,

        @Schema(
                description = "Why; required to waive or reopen",
                example = "Repeat not possible: patient could not tolerate a further sequence")
        @Size(max = 2000)
        String reason,

        @Schema(required = true, description = "Who reviewed (name or staff id)", example = "qa.jsmith")
        @NotBlank
        @Size(max = 100)
        String reviewer) {

    /** Reported under "reason". */
    @AssertTrue(message = "is required to waive or reopen a deviation")
    @Schema(hidden = true)
    public boolean isReasonCheck() {
        return action == null || action == ReviewAction.ACKNOWLEDGE || (reason != null && !reason.isBlank());
    }
}
