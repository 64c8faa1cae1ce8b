package org.mrpa.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.mrpa.ingest.StowReceiver;

/** DICOMweb Studies Store (STOW-RS): scanners and PACS push instances over HTTP; headers are kept, pixels are not. */
@Path("/dicomweb/studies")
@Tag(name = "DICOMweb", description = "STOW-RS: receiving instances over HTTP (PS3.18 section 10.5)")
public class StowResource {

    static final String DICOM_JSON = "application/dicom+json";
    private static final Logger LOG = Logger.getLogger(StowResource.class);
    private static final String DESCRIPTION =
            "Body: multipart/related; type=\"application/dicom\", one DICOM Part 10 MR image (MR or "
                    + "Enhanced MR Image Storage) per part, any transfer syntax. Each instance's header is stored before the response (pixel data "
                    + "is never kept) and the study is checked against its order once no instance has arrived for the quiet period "
                    + "(mrpa.dicom.quiet-period), as for C-STORE. Response: the Store Instances Response Module in DICOM JSON: Referenced SOP "
                    + "Sequence (0008,1199) for stored instances, Failed SOP Sequence (0008,1198) with Failure Reason (0008,1197) for the others: "
                    + "272 (0110H) processing failure, 290 (0122H) SOP class not supported (not an MR image), 43264 (A900H) instance of another "
                    + "study than the one in the path, 49152 (C000H) not readable as DICOM or cut off. Retrieve URL (0008,1190) is present and "
                    + "empty: the service keeps headers only and offers no retrieve. 200 when all were stored, 202 when some were, 409 when none "
                    + "were; a body that is not multipart at all is a 400 problem.";

    private final StowReceiver receiver;
    private final ObjectMapper json;

    public StowResource(StowReceiver receiver, ObjectMapper json) {
        this.receiver = receiver;
        this.json = json;
    }

    @POST
    @Consumes("multipart/related")
    @Produces({DICOM_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Store instances (STOW-RS)", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "All instances stored", content = @Content(mediaType = DICOM_JSON))
    @APIResponse(
            responseCode = "202",
            description = "Some instances stored, others failed (see Failed SOP Sequence)",
            content = @Content(mediaType = DICOM_JSON))
    @APIResponse(
            responseCode = "409",
            description = "No instance stored (see Failed SOP Sequence)",
            content = @Content(mediaType = DICOM_JSON))
    @APIResponse(
            responseCode = "400",
            description = "Not a multipart body, no boundary, or a body cut off before any instance was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = "Content-Type is not multipart/related; type=\"application/dicom\"",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "The database is unavailable and nothing was stored; retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response store(@HeaderParam("Content-Type") String contentType, InputStream body, @Context UriInfo uri) {
        return receive(contentType, body, null, uri);
    }

    @POST
    @Path("/{studyInstanceUid}")
    @Consumes("multipart/related")
    @Produces({DICOM_JSON, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Store instances of one study (STOW-RS)",
            description = "As POST /dicomweb/studies; an instance of another study fails with reason 43264 (A900H). "
                    + DESCRIPTION)
    @APIResponse(responseCode = "200", description = "All instances stored", content = @Content(mediaType = DICOM_JSON))
    @APIResponse(
            responseCode = "202",
            description = "Some instances stored, others failed (see Failed SOP Sequence)",
            content = @Content(mediaType = DICOM_JSON))
    @APIResponse(
            responseCode = "409",
            description = "No instance stored (see Failed SOP Sequence)",
            content = @Content(mediaType = DICOM_JSON))
    @APIResponse(
            responseCode = "400",
            description = "Not a DICOM UID in the path, not a multipart body, or a body cut off before any "
                    + "instance was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = "Content-Type is not multipart/related; type=\"application/dicom\"",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "The database is unavailable and nothing was stored; retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response storeInStudy(
            @PathParam("studyInstanceUid") String study,
            @HeaderParam("Content-Type") String contentType,
            InputStream body,
            @Context UriInfo uri) {
        return receive(contentType, body, StudyResource.uid(study), uri);
    }

    private Response receive(String contentType, InputStream body, String targetStudy, UriInfo uri) {
        String boundary = boundaryOf(contentType);
        StowReceiver.Outcome outcome = receiver.receive(body, boundary, targetStudy);
        LOG.infof(
                "STOW-RS: %d stored, %d failed%s",
                outcome.stored().size(),
                outcome.failed().size(),
                outcome.malformed() == null ? "" : "; body malformed: " + outcome.malformed());
        if (outcome.stored().isEmpty()) {
            if (outcome.databaseUnavailable()) {
                return ProblemMappers.databaseUnavailable(uri);
            }
            if (outcome.malformed() != null) {
                throw new ProblemException(
                        400,
                        ProblemCode.MALFORMED_MULTIPART,
                        "The body is not readable as multipart/related: " + outcome.malformed()
                                + "; nothing was stored",
                        List.of(new Problem.FieldError("body", outcome.malformed())));
            }
            if (outcome.failed().isEmpty()) {
                throw new ProblemException(
                        400,
                        ProblemCode.NO_INSTANCES,
                        "The multipart body has no parts; nothing was stored",
                        List.of(new Problem.FieldError("body", "has no parts")));
            }
        }
        int status = outcome.failed().isEmpty() ? 200 : outcome.stored().isEmpty() ? 409 : 202;
        return Response.status(status)
                .type(DICOM_JSON)
                .entity(responseModule(outcome))
                .build();
    }

    /** The Store Instances Response Module (PS3.18 table I.1-1) as DICOM JSON (PS3.18 annex F). */
    private ObjectNode responseModule(StowReceiver.Outcome outcome) {
        ObjectNode module = json.createObjectNode();
        module.set("00081190", json.createObjectNode().put("vr", "UR"));
        if (!outcome.failed().isEmpty()) {
            ArrayNode items = json.createArrayNode();
            for (StowReceiver.Failed f : outcome.failed()) {
                ObjectNode item = reference(f.sopClassUid(), f.sopInstanceUid());
                item.set(
                        "00081197",
                        json.createObjectNode()
                                .put("vr", "US")
                                .set("Value", json.createArrayNode().add(f.reason())));
                items.add(item);
            }
            module.set("00081198", json.createObjectNode().put("vr", "SQ").set("Value", items));
        }
        if (!outcome.stored().isEmpty()) {
            ArrayNode items = json.createArrayNode();
            for (StowReceiver.Stored s : outcome.stored()) {
                ObjectNode item = reference(s.sopClassUid(), s.sopInstanceUid());
                item.set("00081190", json.createObjectNode().put("vr", "UR"));
                items.add(item);
            }
            module.set("00081199", json.createObjectNode().put("vr", "SQ").set("Value", items));
        }
        return module;
    }

    private ObjectNode reference(String sopClassUid, String sopInstanceUid) {
        ObjectNode item = json.createObjectNode();
        item.set("00081150", uid(sopClassUid));
        item.set("00081155", uid(sopInstanceUid));
        return item;
    }

    private ObjectNode uid(String value) {
        ObjectNode a = json.createObjectNode().put("vr", "UI");
        if (value != null) {
            a.set("Value", json.createArrayNode().add(value));
        }
        return a;
    }

    /** The boundary of a multipart/related Content-Type whose type parameter is application/dicom; 415 or 400 otherwise. */
    static String boundaryOf(String contentType) {
        MediaType media;
        try {
            media = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(
                    400,
                    ProblemCode.VALIDATION_FAILED,
                    "Content-Type: not a media type",
                    List.of(new Problem.FieldError("Content-Type", "is not a media type")));
        }
        Map<String, String> params = media.getParameters();
        String type = params.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("type"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        if (type == null || !type.strip().toLowerCase(Locale.ROOT).equals("application/dicom")) {
            throw new ProblemException(
                    415,
                    ProblemCode.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type: this origin server stores DICOM Part 10 instances only: "
                            + "send multipart/related; type=\"application/dicom\""
                            + (type == null ? " (the type parameter is missing)" : " (type is " + type + ")"),
                    List.of(new Problem.FieldError("Content-Type", "type must be application/dicom")));
        }
        String boundary = params.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("boundary"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new ProblemException(
                    400,
                    ProblemCode.VALIDATION_FAILED,
                    "Content-Type: the boundary parameter is "
                            + (boundary == null ? "missing" : "not 1 to 70 characters"),
                    List.of(new Problem.FieldError(
                            "Content-Type", "boundary parameter missing or not 1 to 70 characters")));
        }
        return boundary;
    }
}
