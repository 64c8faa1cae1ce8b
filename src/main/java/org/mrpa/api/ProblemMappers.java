package org.mrpa.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mrpa.protocol.catalog.JsonErrors;
import org.mrpa.recommendation.UnknownScannerException;

/**
 * The one place errors become responses: every client mistake is a 4xx {@code application/problem+json} naming
 * the field and what is wrong; anything else is a 500 with a reference id and no internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.code(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response unknownScanner(UnknownScannerException e, UriInfo uri) {
        return respond(
                400,
                ProblemCode.VALIDATION_FAILED,
                e.field() + ": " + e.getMessage(),
                List.of(new Problem.FieldError(e.field(), e.getMessage())),
                uri);
    }

    /** Jackson reports binding problems with several exception types; each must be named to win over the built-in mappers. */
    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        InvalidNullException.class,
        UnrecognizedPropertyException.class,
        ValueInstantiationException.class
    })
    public Response json(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException j) {
            return jsonProblem(j, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemCode code = switch (status) {
            case 404 -> ProblemCode.NOT_FOUND;
            case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
            case 406 -> ProblemCode.NOT_ACCEPTABLE;
            case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status < 500 ? ProblemCode.BAD_REQUEST : ProblemCode.SERVER_ERROR;
        };
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 415 ->
                uri.getPath().startsWith("/dicomweb/")
                        ? "Send the body as multipart/related; type=\"application/dicom\""
                        : uri.getPath().endsWith("/conformance-checks")
                                        || uri.getPath().endsWith("/dicom/headers")
                                ? "Send the body as multipart/form-data"
                                : "Send the body as application/json";
            default -> e.getMessage();
        };
        return respond(status, code, detail, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response notFound(org.mrpa.study.StudyNotFoundException e, UriInfo uri) {
        ProblemCode code = switch (e.missing()) {
            case STUDY -> ProblemCode.STUDY_NOT_FOUND;
            case DEVIATION -> ProblemCode.DEVIATION_NOT_FOUND;
        };
        return respond(404, code, e.getMessage(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response invalidDecision(org.mrpa.order.InvalidDecisionException e, UriInfo uri) {
        if (e.notPending()) {
            return respond(409, ProblemCode.DECISION_NOT_PENDING, e.getMessage(), List.of(), uri);
        }
        return respond(
                400,
                ProblemCode.VALIDATION_FAILED,
                e.field() + ": " + e.getMessage(),
                List.of(new Problem.FieldError(e.field(), e.getMessage())),
                uri);
    }

    @ServerExceptionMapper
    public Response orderNotFound(org.mrpa.order.OrderNotFoundException e, UriInfo uri) {
        return respond(404, ProblemCode.ORDER_NOT_FOUND, e.getMessage(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response invalidCheck(org.mrpa.study.InvalidCheckRequestException e, UriInfo uri) {
        return respond(
                400,
                ProblemCode.VALIDATION_FAILED,
                e.field() + ": " + e.getMessage(),
                List.of(new Problem.FieldError(e.field(), e.getMessage())),
                uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e instanceof JsonProcessingException j) {
            return jsonProblem(j, uri);
        }
        if (org.mrpa.store.DatabaseFailures.isUnavailable(e)) {
            LOG.warnf(
                    "Database unavailable on %s: %s",
                    uri.getPath(), e.getClass().getSimpleName());
            return databaseUnavailable(uri);
        }
        String ref = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, reference %s, on %s", ref, uri.getPath());
        return respond(500, ProblemCode.INTERNAL_ERROR, "Unexpected error; reference " + ref, List.of(), uri);
    }

    private static Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof com.fasterxml.jackson.core.exc.StreamReadException r
                    && !(c instanceof JsonMappingException)) {
                e = r;
                break;
            }
        }
        if (e instanceof JsonMappingException m) {
            String field = JsonErrors.path(m);
            String message = JsonErrors.describe(m);
            return respond(
                    400,
                    ProblemCode.VALIDATION_FAILED,
                    (field.isEmpty() ? "" : field + ": ") + message,
                    List.of(new Problem.FieldError(field.isEmpty() ? "(body)" : field, message)),
                    uri);
        }
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return respond(
                400,
                ProblemCode.MALFORMED_JSON,
                "The body is not valid JSON" + where + ": " + e.getOriginalMessage(),
                List.of(),
                uri);
    }

    /** 503 DATABASE_UNAVAILABLE with Retry-After: nothing was stored, the client retries. */
    static Response databaseUnavailable(UriInfo uri) {
        return Response.fromResponse(respond(
                        503,
                        ProblemCode.DATABASE_UNAVAILABLE,
                        "The database cannot be reached; nothing was stored. Retry shortly.",
                        List.of(),
                        uri))
                .header("Retry-After", "5")
                .build();
    }

    static Response respond(int status, ProblemCode code, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(
                        "about:blank", title, status, detail, code, uri == null ? null : uri.getPath(), errors))
                .build();
    }
}
