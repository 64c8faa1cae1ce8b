package org.mrpa.screening;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.protocol.LicensedOption;

/**
 * The scanner the exam is booked on: a site scanner by id, and/or values given here (which win).
 * Without any, the site policy's default scanner is used.
 */
@Schema(description = "Booked scanner: a site-policy scanner id and/or explicit values (explicit values win)")
public record BookedScanner(
        @Schema(description = "Scanner id from site-policy.yaml", example = "MR2")
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9_.-]+")
        String scannerId,

        @Schema(description = "Booked field strength (T)", example = "3.0") @DecimalMin("0.1") @DecimalMax("11.7")
        Double fieldStrengthT,

        @Schema(
                description = "Other field strengths available at the site (T); site-policy scanners are added. An "
                        + "explicit empty list means none: the site's other scanners are not offered")
        @Size(max = 10)
        List<@NotNull @DecimalMin("0.1") @DecimalMax("11.7") Double> availableFieldStrengthsT,

        @Schema(description = "Bore diameter (cm)", example = "70") @Min(40) @Max(120)
        Integer boreCm,

        @Schema(description = "Table weight limit (kg)", example = "200") @DecimalMin("20") @DecimalMax("1000")
        Double tableLimitKg,

        @Size(max = 20) List<@NotNull LicensedOption> licensedOptions) {}
