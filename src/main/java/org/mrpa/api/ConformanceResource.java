package org.mrpa.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mrpa.conformance.SafetyContext;
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

    private static final java.util.regex.Pattern DICOM_UID = java.util.regex.Pattern.compile("[0-9.]{1,64}");

    private static final Logger LOG = Logger.getLogger(ConformanceResource.class);

    private final SeriesAssembler assembler;
    private final UploadedStudy uploads;
    private final StudyChecks checks;

    private final ObjectMapper mapper;
    private final Validator validator;

    public ConformanceResource(
            SeriesAssembler assembler,
            UploadLimits limits,
            StudyChecks checks,
            ObjectMapper mapper,
            Validator validator) {
        this.assembler = assembler;
        this.uploads = new UploadedStudy(limits);
        this.checks = checks;
        this.mapper = mapper;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check a study's series against its protocol",
            description =
                    "Multipart upload of DICOM files or one zip of a study, plus recommendationId (the recommendation's MARS, "
                            + "contrast and implant constraints apply) or protocolId (a catalog protocol; give its safety context in "
                            + "safetyContext, JSON: implantConditions, gadolinium GIVE or DO_NOT_GIVE, marsRequired; without it the report "
                            + "carries NO_SAFETY_CONTEXT, WARNING). With neither, the "
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
            description =
                    "Empty upload, no readable image, several studies, unknown protocol or recommendation, invalid or "
                            + "misplaced safetyContext (errors name the field, e.g. safetyContext.gadolinium)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "Upload over the configured limits",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response check(
            @RestForm(FileUpload.ALL) List<FileUpload> files,
            @RestForm String protocolId,
            @RestForm String recommendationId,
            @RestForm
                    @Schema(
                            description =
                                    "JSON SafetyContext for a check by protocolId, e.g. {\"implantConditions\":[],"
                                            + "\"gadolinium\":\"DO_NOT_GIVE\",\"marsRequired\":false}")
                    String safetyContext,
            @Context UriInfo uri) {
        requireAtMostOneTarget(protocolId, recommendationId);
        SafetyContext context = safetyContext(safetyContext, protocolId);
        HeaderExtraction x = uploads.read(files, assembler);
        requireOneReadableStudy(x);
        StudyConformanceReport report = checks.check(
                x.series(),
                x.unreadable(),
                blankToNull(protocolId),
                blankToNull(recommendationId),
                context,
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
        // a header value must not carry what a corrupt file put in its UID (a CR left the response unwritten)
        if (report.studyInstanceUid() != null
                && DICOM_UID.matcher(report.studyInstanceUid()).matches()) {
            response.header("Location", uri.getBaseUri() + "api/v1/studies/" + report.studyInstanceUid());
        }
        return response.build();
    }

    /** The parsed and validated safety context, only with protocolId; null when not given. */
    private SafetyContext safetyContext(String json, String protocolId) {
        if (json == null || json.isBlank()) {
            return null;
        }
        if (protocolId == null || protocolId.isBlank()) {
            throw invalid(
                    "safetyContext",
                    "only with protocolId (a recommendation or an order carries its own safety context)");
        }
        SafetyContextRequest request;
        try {
            request = mapper.readValue(json, SafetyContextRequest.class);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining());
            throw invalid("safetyContext" + path, e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw invalid("safetyContext", "not JSON: " + e.getOriginalMessage());
        }
        if (request == null) {
            throw invalid("safetyContext", "must be a JSON object");
        }
        List<Problem.FieldError> errors = validator.validate(request).stream()
                .map(v -> new Problem.FieldError(
                        "safetyContext." + RequestValidator.path(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    400,
                    ProblemCode.VALIDATION_FAILED,
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")),
                    errors);
        }
        return request.toContext();
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(
                400,
                ProblemCode.VALIDATION_FAILED,
                field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
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
