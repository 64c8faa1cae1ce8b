package org.mrpa.study;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** When received studies are checked and who is told ({@code mrpa.dicom.quiet-period}, {@code mrpa.dicom.notify-url}). */
@ConfigMapping(prefix = "mrpa.dicom")
public interface CompletionConfig {

    /** A study is checked when no instance has arrived for this long (and again if more arrive later). */
    @WithDefault("60s")
    Duration quietPeriod();

    /** Webhook URL told (HTTP POST, JSON) of every completed check with ERROR or CRITICAL issues; none by default. */
    Optional<String> notifyUrl();
}
