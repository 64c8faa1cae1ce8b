package org.mrpa.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Service configuration ({@code mrpa.*}). */
@ConfigMapping(prefix = "mrpa")
public interface MrpaConfig {

    /** Upload limits of the DICOM endpoints. */
    Upload upload();

    /** Limits on uploaded studies (multipart files or zips). */
    interface Upload {
        /** Most bytes sent in one upload (files and zips as sent). */
        @WithDefault("1073741824")
        long maxUploadBytes();

        /** Most files (DICOM files plus zip entries) in one upload. */
        @WithDefault("5000")
        int maxFiles();

        /** Most bytes an upload may inflate to (zip entries counted as they are decompressed). */
        @WithDefault("2147483648")
        long maxDecompressedBytes();

        /** Highest ratio of decompressed to compressed size of a zip before it is refused as a zip bomb. */
        @WithDefault("200")
        int maxCompressionRatio();

        /** The ratio is only enforced once this many bytes have been inflated. */
        @WithDefault("10485760")
        long zipBombMinBytes();
    }

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
