package org.mrpa.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on studies uploaded to the DICOM endpoints, as multipart files or zips ({@code mrpa.upload.*}). */
@ConfigMapping(prefix = "mrpa.upload")
public interface UploadLimits {

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
