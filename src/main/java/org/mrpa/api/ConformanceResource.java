package org.mrpa.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mrpa.conformance.StudyConformanceReport;
import org.mrpa.dicom.HeaderExtraction;
import org.mrpa.dicom.SeriesAssembler;
import org.mrpa.dicom.SeriesHeader;
import org.mrpa.study.StudyChecks;
import org.mrpa.study.TriggerSource;

/** Checks an acquired study against the protocol chosen for its order. */
@Path("/api/v1/conformance-checks")
@Tag(name = "DICOM")
public class ConformanceResource {

    private static final Logger LOG = Logger.getLogger(ConformanceResource.class);

    private final SeriesAssembler assembler;
    private final UploadedStudy uploads;
    private final StudyChecks checks;

    public ConformanceResource(SeriesAssembler assembler, UploadLimits limits, StudyChecks checks) {
        this.assembler = assembler;
        this.uploads = new UploadedStudy(limits);
        this.checks = checks;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check a study's series against its protocol",
            description =
                    "Multipart upload of DICOM files or one zip of a study, plus recommendationId (the recommendation's MARS, "
                            + "contrast and implant constraints apply) or protocolId (a catalog protocol, no safety context). With neither, the "
                            + "order's protocol is used: the Accession Number's override in force, else its latest recommendation; a study with no "
                            + "order is checked against the best-fitting catalog protocol and flagged NO_ORDER. The check is stored (Location "
                            + "names the study in /api/v1/studies; re-checking keeps QA reviews). Returns the report: each protocol sequence "
                            + "acquired or missing, each series matched, extra, repeated, unidentifiable or not counted, parameter checks, and "
                            + "issues with stable codes and severities (safety deviations are CRITICAL), and an overall verdict.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StudyConformanceReport.class)))
    @APIResponse(
            responseCode = "400",
            description = "Empty upload, no readable image, several studies, unknown protocol or recommendation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "Upload over the configured limits",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response check(
            @RestForm(FileUpload.ALL) List<FileUpload> files,
            @RestForm String protocolId,
            @RestForm String recommendationId,
            @Context UriInfo uri) {
        requireAtMostOneTarget(protocolId, recommendationId);
        HeaderExtraction x = uploads.read(files, assembler);
        requireOneReadableStudy(x);
        StudyConformanceReport report = checks.check(
                x.series(),
                x.unreadable(),
                blankToNull(protocolId),
                blankToNull(recommendationId),
                TriggerSource.UPLOAD);
        LOG.infof(
                "conformance check: protocol=%s recommendation=%s order=%s series=%d unreadable=%d verdict=%s issues=%s",
                report.protocolId(),
                report.recommendationId() == null ? "-" : report.recommendationId(),
                report.order().link(),
                x.series().size(),
                x.unreadable().size(),
                report.verdict(),
                report.issueCounts());
        Response.ResponseBuilder response = Response.ok(report, MediaType.APPLICATION_JSON);
        if (report.studyInstanceUid() != null) {
            response.header("Location", uri.getBaseUri() + "api/v1/studies/" + report.studyInstanceUid());
        }
        return response.build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void requireAtMostOneTarget(String protocolId, String recommendationId) {
        if (protocolId != null && !protocolId.isBlank() && recommendationId != null && !recommendationId.isBlank()) {
            throw new ProblemException(
                    400,
                    ProblemCode.VALIDATION_FAILED,
                    "Give protocolId or recommendationId, not both",
                    List.of(new Problem.FieldError("protocolId", "not with recommendationId")));
        }
    }

    /** At least one readable MR image, and all of one study. */
    private static void requireOneReadableStudy(HeaderExtraction x) {
        if (x.series().isEmpty()) {
            throw new ProblemException(
                    400,
                    ProblemCode.NO_READABLE_IMAGE,
                    "None of the uploaded files is a readable MR image",
                    x.unreadable().stream()
                            .map(u -> new Problem.FieldError(u.file(), u.reason()))
                            .toList());
        }
        List<String> studies = x.series().stream()
                .map(SeriesHeader::studyInstanceUid)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (studies.size() > 1) {
            throw new ProblemException(
                    400,
                    ProblemCode.SEVERAL_STUDIES,
                    "The upload holds " + studies.size() + " studies; check one study at a time",
                    studies.stream()
                            .map(s -> new Problem.FieldError("StudyInstanceUID", s))
                            .toList());
        }
    }
}
