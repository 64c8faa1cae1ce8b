package org.mrpa.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Service configuration ({@code mrpa.*}). */
@ConfigMapping(prefix = "mrpa")
public interface MrpaConfig {

    /** Recommendation settings. */
    Recommendations recommendations();

    /** Recommendations kept by the service. */
    interface Recommendations {
        /** How many recent recommendations the in-memory store keeps for GET /api/v1/recommendations/{id}. */
        @WithDefault("1000")
        int inMemoryCapacity();
    }

    /** Catalog settings. */
    Catalog catalog();

    /** The protocol catalog. */
    interface Catalog {
        /** Folder holding the protocol catalog YAML files (relative to the working directory). */
        @WithDefault("protocols")
        String dir();
    }
}
