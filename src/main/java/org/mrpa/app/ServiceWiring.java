package org.mrpa.app;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.mrpa.protocol.catalog.CatalogLoader;
import org.mrpa.protocol.catalog.ProtocolCatalog;
import org.mrpa.recommendation.RecommendationService;
import org.mrpa.recommendation.RecommendationStore;

/** Creates the plain-Java services once at start-up; an invalid catalog stops start-up with the loader's message. */
@ApplicationScoped
public class ServiceWiring {

    private static final Logger LOG = Logger.getLogger(ServiceWiring.class);

    @Produces
    @Singleton
    @Startup
    ProtocolCatalog catalog(CatalogConfig config) {
        Path dir = Path.of(config.dir());
        ProtocolCatalog catalog = new CatalogLoader().load(dir);
        LOG.infof(
                "Protocol catalog %s loaded from %s: %d protocols, %d sequence templates, %d site scanners",
                catalog.version(),
                dir.toAbsolutePath().normalize(),
                catalog.protocols().size(),
                catalog.templates().size(),
                catalog.sitePolicy().scanners().size());
        return catalog;
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    org.mrpa.dicom.SeriesAssembler seriesAssembler(ProtocolCatalog catalog) {
        return new org.mrpa.dicom.SeriesAssembler(new org.mrpa.dicom.SeriesClassifier(catalog.headerClassification()));
    }

    @Produces
    @Singleton
    org.mrpa.conformance.ExpectedProtocols expectedProtocols(ProtocolCatalog catalog) {
        return new org.mrpa.conformance.ExpectedProtocols(catalog);
    }

    @Produces
    @Singleton
    org.mrpa.conformance.ConformanceChecker conformanceChecker() {
        return new org.mrpa.conformance.ConformanceChecker();
    }

    @Produces
    @Singleton
    RecommendationService recommendationService(ProtocolCatalog catalog, RecommendationStore store, Clock clock) {
        return new RecommendationService(catalog, store, clock);
    }
}
