package org.mrpa.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.mrpa.recommendation.Recommendation;
import org.mrpa.recommendation.RecommendationRequest;
import org.mrpa.recommendation.RecommendationService;

/** Protocol recommendations for orders. */
@Path("/api/v1/recommendations")
@Tag(name = "Recommendations", description = "Indication + screening -> explained spine MRI protocol")
public class RecommendationResource {

    private static final Logger LOG = Logger.getLogger(RecommendationResource.class);
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final RecommendationService service;
    private final RequestValidator validator;
    private final ObjectWriter json;

    public RecommendationResource(RecommendationService service, RequestValidator validator, ObjectMapper mapper) {
        this.service = service;
        this.validator = validator;
        this.json = mapper.writerFor(Recommendation.class);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Recommend a protocol",
            description =
                    "Matches the indication, applies every screening rule and returns the "
                            + "sequences, coil, gadolinium decision, implant constraints, MARS and motion measures, each with reasons and sources. "
                            + "An indication outside spine/paravertebral/SIJ scope is answered with supported=false, never mapped to a spine protocol.")
    @APIResponse(
            responseCode = "201",
            description = "The recommendation; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Recommendation.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON or invalid fields; every bad field is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recommend(RecommendationRequest request, @Context UriInfo uri) throws JsonProcessingException {
        Recommendation r = service.recommend(validator.valid(request));
        LOG.infof(
                "recommendation %s: supported=%s protocol=%s gadolinium=%s implants=%s mars=%s flags=%s catalog=%s",
                r.recommendationId(),
                r.supported(),
                r.protocol() == null ? "-" : r.protocol().id(),
                r.gadolinium() == null ? "-" : r.gadolinium().decision(),
                r.implantSafety() == null ? "-" : r.implantSafety().decision(),
                r.artifactReduction() != null && r.artifactReduction().marsRequired(),
                r.flags(),
                r.catalogVersion());
        // one sized write instead of a chunked stream; the entity is the JSON the GET returns
        return Response.status(Response.Status.CREATED)
                .header("Location", uri.getBaseUri().toString() + "api/v1/recommendations/" + r.recommendationId())
                .entity(json.writeValueAsBytes(r))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A recommendation made earlier")
    @APIResponse(
            responseCode = "200",
            description = "The recommendation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Recommendation.class)))
    @APIResponse(
            responseCode = "400",
            description = "The id is not a recommendation id (UUID)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No recommendation with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Recommendation get(@PathParam("id") String id) {
        if (!UUID_TEXT.matcher(id).matches()) {
            throw new ProblemException(
                    400,
                    ProblemCode.VALIDATION_FAILED,
                    "id: '" + id + "' is not a recommendation id (lower-case UUID)",
                    List.of(new Problem.FieldError("id", "is not a recommendation id (lower-case UUID)")));
        }
        return service.find(id)
                .orElseThrow(() -> new ProblemException(
                        404, ProblemCode.RECOMMENDATION_NOT_FOUND, "No recommendation " + id, List.of()));
    }
}
