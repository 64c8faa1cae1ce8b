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

    /** DICOM receiving settings. */
    Dicom dicom();

    /** The C-STORE listener and study completion. */
    interface Dicom {
        /** Start the C-STORE listener with the service. */
        @WithDefault("true")
        boolean enabled();

        /** TCP port of the C-STORE listener. */
        @WithDefault("11112")
        int port();

        /** Address the listener binds to; loopback unless configured otherwise. */
        @WithDefault("127.0.0.1")
        String bindAddress();

        /** The service's AE title (the called AE title senders must use). */
        @WithDefault("MRPA")
        String aeTitle();

        /** Calling AE titles allowed to send; any other is rejected at association time. Empty: nobody may send. */
        java.util.Optional<java.util.List<String>> allowedCallingAeTitles();

        /** When set, only these sender IP addresses may connect as well. */
        java.util.Optional<java.util.List<String>> allowedHosts();

        /** A study is checked when no instance has arrived for this long (and again if more arrive later). */
        @WithDefault("60s")
        java.time.Duration quietPeriod();

        /** Webhook URL told (HTTP POST, JSON) of every completed check with ERROR or CRITICAL issues; none by default. */
        java.util.Optional<String> notifyUrl();
    }

    /** Data directory settings. */
    Data data();

    /** Where the service keeps its files. */
    interface Data {
        /** Folder of the embedded H2 database: an absolute path or one starting with ./ (H2 refuses bare relative paths); unused with PostgreSQL. */
        @WithDefault("./data")
        String dir();
    }

    /** Patient data settings. */
    Privacy privacy();

    /** What the service may keep about patients. Names are never stored; Patient IDs only as a keyed hash. */
    interface Privacy {
        /** Store a keyed hash (HMAC-SHA256) of the Patient ID with recommendations and studies; off by default. */
        @WithDefault("false")
        boolean storePatientIdHash();

        /** The site's secret key for that hash (at least 16 characters); required when the hash is on. */
        java.util.Optional<String> patientIdKey();
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
