package org.mrpa.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mrpa.protocol.catalog.ProtocolCatalog;

/** Which catalog is loaded (also the throughput benchmark's trivial baseline endpoint). */
@Path("/api/v1/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Protocols")
public class CatalogResource {

    /** Catalog identity. */
    public record CatalogInfo(String version, String site, int protocols) {}

    private final CatalogInfo info;

    public CatalogResource(ProtocolCatalog catalog) {
        this.info = new CatalogInfo(
                catalog.version(),
                catalog.sitePolicy().site(),
                catalog.protocols().size());
    }

    @GET
    @Operation(summary = "Version (content hash), site and size of the loaded catalog")
    public CatalogInfo get() {
        return info;
    }
}
