package org.mrpa.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mrpa.protocol.catalog.ProtocolCatalog;

/** The site's protocol catalog. */
@Path("/api/v1/protocols")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Protocols", description = "The site-editable protocol catalog (protocols/*.yaml)")
public class ProtocolResource {

    private final ProtocolCatalog catalog;

    public ProtocolResource(ProtocolCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "List the catalog's protocols")
    public List<ProtocolView.Summary> list() {
        return catalog.protocols().stream().map(ProtocolView::summary).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One protocol with every sequence resolved for 1.5 T and 3 T")
    @APIResponse(responseCode = "200", description = "The protocol")
    @APIResponse(
            responseCode = "404",
            description = "No protocol with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProtocolView get(@PathParam("id") String id) {
        return catalog.protocol(id)
                .map(p -> ProtocolView.of(p, catalog))
                .orElseThrow(() -> new ProblemException(
                        404,
                        ProblemCode.PROTOCOL_NOT_FOUND,
                        "No protocol '" + id + "' in catalog " + catalog.version()
                                + "; GET /api/v1/protocols lists them",
                        List.of()));
    }
}
