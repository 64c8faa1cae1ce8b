package org.mrpa.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Service configuration ({@code mrpa.*}). */
@ConfigMapping(prefix = "mrpa")
public interface MrpaConfig {

    /** Catalog settings. */
    Catalog catalog();

    /** The protocol catalog. */
    interface Catalog {
        /** Folder holding the protocol catalog YAML files (relative to the working directory). */
        @WithDefault("protocols")
        String dir();
    }
}
