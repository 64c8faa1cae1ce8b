package org.mrpa.recommendation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.indication.Icd10;
import org.mrpa.protocol.Region;

/** The clinical indication: free text as the referrer wrote it and/or ICD-10 codes. */
@Schema(description = "Clinical indication: free text and/or ICD-10 codes (at least one)")
public record IndicationInput(
        @Schema(description = "Referral text as written", example = "LBP with L5 radiculopathy, 8 weeks, failed physio")
        @Size(max = 4000)
        String text,

        @Schema(description = "ICD-10 codes, with or without the dot", example = "[\"M54.16\"]") @Size(max = 20)
        List<@NotNull @Pattern(regexp = Icd10.REQUEST_PATTERN, message = "is not an ICD-10 code (e.g. M54.16)") String>
                icd10Codes,

        @Schema(description = "Region the order names (e.g. from the RIS exam code); wins over the text")
        Region regionHint) {

    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "give text or icd10Codes")
    public boolean isTextOrIcd10CodesCheck() {
        return (text != null && !text.isBlank()) || (icd10Codes != null && !icd10Codes.isEmpty());
    }
}
