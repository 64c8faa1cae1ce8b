package org.mrpa.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The protocol catalog ({@code mrpa.catalog.*}). */
@ConfigMapping(prefix = "mrpa.catalog")
public interface CatalogConfig {

    /** Folder holding the protocol catalog YAML files (relative to the working directory). */
    @WithDefault("protocols")
    String dir();
}
