package org.mrpa.indication;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What in the request triggered (or, negated, did not trigger) a family or region.
 *
 * @param source    TEXT (free text), ICD10 (a code), LEVEL (a vertebral level in the text) or REGION_HINT
 * @param trigger   the catalog term or ICD-10 prefix that matched
 * @param matched   the words or code as the request wrote them
 * @param corrected true when the words were recognised through a misspelling or abbreviation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "What in the request triggered a family or region")
public record Evidence(Source source, String trigger, String matched, Assertion assertion, Boolean corrected) {

    /** Where the evidence came from. */
    public enum Source {
        TEXT,
        ICD10,
        LEVEL,
        REGION_HINT
    }
}
