package org.mrpa.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Where the service keeps its data and what it may keep about patients ({@code mrpa.data.*}, {@code mrpa.privacy.*}). */
@ConfigMapping(prefix = "mrpa")
public interface StoreConfig {

    /** Data directory settings. */
    Data data();

    /** Patient data settings. */
    Privacy privacy();

    /** Where the service keeps its files. */
    interface Data {
        /**
         * Folder of the embedded H2 database: an absolute path or one starting with ./ (H2 refuses bare relative paths);
         * unused with PostgreSQL.
         */
        @WithDefault("./data")
        String dir();
    }

    /** What the service may keep about patients. Names are never stored; Patient IDs only as a keyed hash. */
    interface Privacy {
        /** Store a keyed hash (HMAC-SHA256) of the Patient ID with recommendations and studies; off by default. */
        @WithDefault("false")
        boolean storePatientIdHash();

        /** The site's secret key for that hash (at least 16 characters); required when the hash is on. */
        Optional<String> patientIdKey();
    }
}
