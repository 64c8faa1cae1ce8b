package org.mrpa.recommendation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.screening.BookedScanner;
import org.mrpa.screening.ContrastRoute;
import org.mrpa.screening.PatientScreening;

/** A request for a protocol recommendation. */
@Schema(description = "Indication, patient screening and booked scanner")
public record RecommendationRequest(
        @Schema(
                description =
                        "Accession number of the order (DICOM SH: up to 16 characters); links later conformance checks",
                example = "ACC0001")
        @Size(max = 16)
        @Pattern(regexp = "[\\x20-\\x5B\\x5D-\\x7E]*", message = "must be printable ASCII without backslash (DICOM SH)")
        String accessionNumber,

        @Schema(required = true) @NotNull @Valid IndicationInput indication,

        @Schema(description = "Screening data; absent = nothing known (rules fail safe)") @Valid
        PatientScreening patient,

        @Schema(description = "Booked scanner; absent = the site policy's default scanner") @Valid
        BookedScanner scanner,

        @Schema(
                description =
                        "Patient ID of the order (optional). Never returned or logged; stored only as a keyed hash, and only when "
                                + "the site enables mrpa.privacy.store-patient-id-hash; otherwise discarded",
                example = "PID12345")
        @Size(max = 64)
        String patientId,

        @Schema(
                description = "Contrast route the referrer names: IV or INTRATHECAL (intrathecal gadolinium is never "
                        + "offered: not approved, boxed warning, S3); absent = not named",
                nullable = true)
        ContrastRoute contrastRoute) {

    /** A request that names no contrast route. */
    public RecommendationRequest(
            String accessionNumber,
            IndicationInput indication,
            PatientScreening patient,
            BookedScanner scanner,
            String patientId) {
        this(accessionNumber, indication, patient, scanner, patientId, null);
    }
}
