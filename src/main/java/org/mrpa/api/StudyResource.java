package org.mrpa.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.mrpa.conformance.StudyConformanceReport;
import org.mrpa.study.ComplianceReport;
import org.mrpa.study.ComplianceSummary;
import org.mrpa.study.Deviation;
import org.mrpa.study.Page;
import org.mrpa.study.StudyCompletion;
import org.mrpa.study.StudyDetail;
import org.mrpa.study.StudyFilter;
import org.mrpa.study.StudyRecords;
import org.mrpa.study.StudySearch;
import org.mrpa.study.StudySummary;
import org.mrpa.study.TriggerSource;

/** The QA workflow: stored studies, their deviations and reviews, compliance, exports. */
@Path("/api/v1")
@Tag(
        name = "QA",
        description = "Stored studies, deviation review (acknowledge, waive), compliance summary, CSV/JSON export")
@Produces(MediaType.APPLICATION_JSON)
public class StudyResource {

    /** The filters every QA query takes, for the OpenAPI descriptions. */
    static final String FILTERS =
            " Filters: from, to (study date, YYYY-MM-DD, inclusive), protocol, verdict (effective: CONFORMANT, "
                    + "CONFORMANT_WITH_NOTES, NON_CONFORMANT, SAFETY_DEVIATION), station, manufacturer, model, softwareVersion, severity (INFO, "
                    + "WARNING, ERROR, CRITICAL), order (ORDER_RECOMMENDATION, ORDER_OVERRIDE, REQUESTED_RECOMMENDATION, REQUESTED_PROTOCOL, NO_ORDER).";

    private static final Logger LOG = Logger.getLogger(StudyResource.class);
    static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final List<String> FORMATS = List.of("csv", "json");

    private final StudySearch queries;
    private final StudyRecords audit;
    private final ComplianceReport compliance;
    private final RequestValidator validator;
    private final StudyCompletion completion;

    public StudyResource(
            StudySearch queries,
            StudyRecords audit,
            ComplianceReport compliance,
            RequestValidator validator,
            StudyCompletion completion) {
        this.queries = queries;
        this.audit = audit;
        this.compliance = compliance;
        this.validator = validator;
        this.completion = completion;
    }

    @GET
    @Path("/studies")
    @Operation(
            summary = "List checked studies",
            description = "Newest study date first. Filters combine with AND; text filters match "
                    + "exactly, ignoring case; verdict is the effective verdict (waived deviations do not count); severity keeps studies with a "
                    + "present, unwaived deviation of that severity or worse. Unknown parameters are refused."
                    + FILTERS)
    @Parameter(
            name = "page",
            in = ParameterIn.QUERY,
            description = "Page number from 0",
            schema = @Schema(defaultValue = "0"))
    @Parameter(
            name = "size",
            in = ParameterIn.QUERY,
            description = "Page size, 1-500",
            schema = @Schema(defaultValue = "50"))
    @APIResponse(responseCode = "200", description = "One page of studies")
    @APIResponse(
            responseCode = "400",
            description = "A bad or unknown query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<StudySummary> list(@Context UriInfo uri) {
        StudyQuery q = StudyQuery.of(uri.getQueryParameters(), "page", "size");
        StudyFilter filter = q.filter();
        int page = q.integer("page", 0, 0, 1_000_000);
        int size = q.integer("size", 50, 1, StudyQuery.MAX_PAGE_SIZE);
        q.orFail();
        return queries.studies(filter, page, size);
    }

    @GET
    @Path("/studies/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Export the studies a filter selects",
            description = "Same filters as the list, no paging; format csv (default) or json." + FILTERS)
    @Parameter(
            name = "format",
            in = ParameterIn.QUERY,
            schema =
                    @Schema(
                            enumeration = {"csv", "json"},
                            defaultValue = "csv"))
    @APIResponse(responseCode = "200", description = "CSV with a header row, or a JSON array of studies")
    @APIResponse(
            responseCode = "400",
            description = "A bad or unknown query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportStudies(@Context UriInfo uri) {
        Export export = Export.of(uri);
        List<StudySummary> studies = queries.allStudies(export.filter());
        if (export.json()) {
            return Response.ok(studies, MediaType.APPLICATION_JSON).build();
        }
        return csv(ExportColumns.csv(ExportColumns.STUDIES, studies), "studies.csv");
    }

    @GET
    @Path("/deviations/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Export the deviations of the studies a filter selects",
            description =
                    "Every deviation, present or resolved, with its review; format csv (default) or json." + FILTERS)
    @Parameter(
            name = "format",
            in = ParameterIn.QUERY,
            schema =
                    @Schema(
                            enumeration = {"csv", "json"},
                            defaultValue = "csv"))
    @APIResponse(responseCode = "200", description = "CSV with a header row, or a JSON array of {study, deviation}")
    @APIResponse(
            responseCode = "400",
            description = "A bad or unknown query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportDeviations(@Context UriInfo uri) {
        Export export = Export.of(uri);
        List<StudySearch.DeviationRow> rows = queries.deviations(export.filter());
        if (export.json()) {
            return Response.ok(rows, MediaType.APPLICATION_JSON).build();
        }
        return csv(ExportColumns.csv(ExportColumns.DEVIATIONS, rows), "deviations.csv");
    }

    @GET
    @Path("/studies/{studyInstanceUid}")
    @Operation(
            summary = "A study's full record",
            description = "Summary, the latest report, every deviation with its review, and every check run.")
    @APIResponse(
            responseCode = "200",
            description = "The study",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StudyDetail.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a DICOM UID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such study",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StudyDetail study(@PathParam("studyInstanceUid") String uid) {
        return audit.detail(uid(uid));
    }

    @POST
    @Path("/studies/{studyInstanceUid}/check")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check a received study now",
            description = "Checks a study received by C-STORE or STOW-RS from its stored "
                    + "headers without waiting for the quiet period (for example after its order was overridden, or when the technologist wants "
                    + "the result before the last series is sent). Stored like every check (trigger API_RECHECK; reviews are kept); a later "
                    + "instance still starts a new check after the quiet period. A study that was uploaded rather than received is re-checked by "
                    + "uploading it again to /api/v1/conformance-checks.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StudyConformanceReport.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a DICOM UID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No instance of this study was received by C-STORE or STOW-RS",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recheck(@PathParam("studyInstanceUid") String uid, @Context UriInfo uri) {
        String study = uid(uid);
        StudyConformanceReport report = completion
                .check(study, TriggerSource.API_RECHECK)
                .orElseThrow(() -> new ProblemException(
                        404,
                        ProblemCode.STUDY_NOT_RECEIVED,
                        "No instance of study " + study + " was received by C-STORE "
                                + "or STOW-RS; upload the study to /api/v1/conformance-checks to check it",
                        List.of()));
        return Response.ok(report, MediaType.APPLICATION_JSON)
                .header("Location", uri.getBaseUri() + "api/v1/studies/" + study)
                .build();
    }

    @POST
    @Path("/studies/{studyInstanceUid}/deviations/{deviationId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Acknowledge, waive or reopen a deviation",
            description =
                    "A waived deviation stays visible but no longer counts "
                            + "against compliance; re-checking the study keeps the review. Every review is kept in the audit trail.")
    @APIResponse(
            responseCode = "200",
            description = "The deviation after the review",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Deviation.class)))
    @APIResponse(
            responseCode = "400",
            description = "Bad ids or body (a waiver needs a reason)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such study or deviation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Deviation review(
            @PathParam("studyInstanceUid") String uid,
            @PathParam("deviationId") String deviationId,
            ReviewRequest body) {
        String study = uid(uid);
        if (!ID.matcher(deviationId).matches()) {
            throw new ProblemException(
                    400,
                    ProblemCode.VALIDATION_FAILED,
                    "deviationId: '" + deviationId + "' is not a deviation id (lower-case UUID)",
                    List.of(new Problem.FieldError("deviationId", "is not a deviation id (lower-case UUID)")));
        }
        ReviewRequest r = validator.valid(body);
        Deviation d = audit.review(study, deviationId, r.action(), r.reason(), r.reviewer());
        LOG.infof("deviation %s of a study reviewed: %s -> %s", d.id(), r.action(), d.status());
        return d;
    }

    @GET
    @Path("/compliance")
    @Operation(
            summary = "Compliance summary",
            description = "Compliance rate and counted deviations overall and grouped by protocol, "
                    + "sequence, station, scanner (manufacturer | model | software version) and ISO week of the study date."
                    + FILTERS)
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ComplianceSummary.class)))
    @APIResponse(
            responseCode = "400",
            description = "A bad or unknown query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ComplianceSummary compliance(@Context UriInfo uri) {
        StudyQuery q = StudyQuery.of(uri.getQueryParameters());
        StudyFilter filter = q.filter();
        q.orFail();
        return compliance.summarise(filter);
    }

    static String uid(String uid) {
        if (uid.length() > 64 || !UID.matcher(uid).matches()) {
            throw new ProblemException(
                    400,
                    ProblemCode.VALIDATION_FAILED,
                    "studyInstanceUid: '" + Text.shorten(uid) + "' is not a DICOM UID (digits and dots, at most 64)",
                    List.of(new Problem.FieldError(
                            "studyInstanceUid", "is not a DICOM UID (digits and dots, at most 64)")));
        }
        return uid;
    }

    /** An export's query: the list's filters plus format (csv or json), all checked before anything is read. */
    private record Export(StudyFilter filter, boolean json) {
        static Export of(UriInfo uri) {
            StudyQuery q = StudyQuery.of(uri.getQueryParameters(), "format");
            StudyFilter filter = q.filter();
            String format = q.oneOf("format", "csv", FORMATS);
            q.orFail();
            return new Export(filter, format.equals("json"));
        }
    }

    private static Response csv(String body, String name) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    /** Echoing user input in messages, cut to a readable length. */
    static final class Text {
        static String shorten(String s) {
            return s.length() <= 80 ? s : s.substring(0, 77) + "...";
        }
    }
}
