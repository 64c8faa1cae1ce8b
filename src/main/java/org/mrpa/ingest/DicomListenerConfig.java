package org.mrpa.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** The C-STORE listener ({@code mrpa.dicom.*}; the quiet period and webhook belong to study completion). */
@ConfigMapping(prefix = "mrpa.dicom")
public interface DicomListenerConfig {

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
    Optional<List<String>> allowedCallingAeTitles();

    /** When set, only these sender IP addresses may connect as well. */
    Optional<List<String>> allowedHosts();
}
