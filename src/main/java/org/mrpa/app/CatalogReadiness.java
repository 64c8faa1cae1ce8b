package org.mrpa.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.mrpa.protocol.catalog.ProtocolCatalog;

/** Ready when the protocol catalog is loaded; reports its version and size. */
@Readiness
@ApplicationScoped
public class CatalogReadiness implements HealthCheck {

    private final ProtocolCatalog catalog;

    public CatalogReadiness(ProtocolCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("protocol-catalog")
                .status(!catalog.protocols().isEmpty())
                .withData("version", catalog.version())
                .withData("protocols", catalog.protocols().size())
                .build();
    }
}
