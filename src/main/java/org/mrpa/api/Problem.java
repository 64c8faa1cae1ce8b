package org.mrpa.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, with a stable {@code code} and the offending fields. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Bad Request") String title,
        @Schema(example = "400") int status,

        @Schema(example = "patient.egfr: must be less than or equal to 200")
        String detail,

        @Schema(description = "Stable error code", example = "VALIDATION_FAILED")
        ProblemCode code,

        String instance,

        @Schema(description = "Every offending field of the request")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad field: its path in the request (e.g. {@code patient.implants[0].mrLabel}) and what is wrong. */
    public record FieldError(String field, String message) {}
}
