package org.mrpa.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.mrpa.conformance.Severity;
import org.mrpa.conformance.StudyConformanceReport;
import org.mrpa.dicom.InstanceHeader;
import org.mrpa.dicom.SeriesAssembler;
import org.mrpa.dicom.SeriesHeader;

/**
 * Checks received studies once no instance has arrived for the quiet period (and again when more arrive), stores the
 * report against the order, logs it, and announces ERROR or CRITICAL results to the configured webhook. Pending
 * studies are in the database, so a restart resumes them.
 */
@ApplicationScoped
public class StudyCompletion {

    private static final Logger LOG = Logger.getLogger(StudyCompletion.class);

    private final ReceivedInstances received;
    private final SeriesAssembler assembler;
    private final StudyChecks checks;
    private final CompletionConfig config;
    private final ObjectMapper json;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ScheduledExecutorService timer;

    public StudyCompletion(
            ReceivedInstances received,
            SeriesAssembler assembler,
            StudyChecks checks,
            CompletionConfig config,
            ObjectMapper json) {
        this.received = received;
        this.assembler = assembler;
        this.checks = checks;
        this.config = config;
        this.json = json;
    }

    void start(@Observes StartupEvent event) {
        long every = Math.max(200, Math.min(5000, config.quietPeriod().toMillis() / 4));
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "study-completion");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::checkDueStudies, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void checkDueStudies() {
        try {
            for (ReceivedInstances.DueStudy due : received.studiesDue(config.quietPeriod())) {
                check(due.studyInstanceUid(), due.source());
            }
        } catch (RuntimeException e) {
            LOG.warnf(
                    "study completion pass failed (%s); retrying on the next pass",
                    e.getClass().getSimpleName());
        }
    }

    /** Checks a received study now from its stored headers; empty when nothing was received for it. */
    public Optional<StudyConformanceReport> check(String studyInstanceUid, TriggerSource trigger) {
        OffsetDateTime seen = received.lastReceived(studyInstanceUid);
        List<InstanceHeader> headers = received.headers(studyInstanceUid);
        if (seen == null || headers.isEmpty()) {
            return Optional.empty();
        }
        List<SeriesHeader> series = assembler.assemble(headers);
        StudyConformanceReport report = checks.check(series, List.of(), null, null, null, trigger);
        received.markChecked(studyInstanceUid, seen);
        LOG.infof(
                "received study checked: instances=%d series=%d protocol=%s order=%s verdict=%s issues=%s",
                headers.size(),
                series.size(),
                report.protocolId(),
                report.order().link(),
                report.verdict(),
                report.issueCounts());
        boolean serious = report.issues().stream().anyMatch(i -> i.severity().compareTo(Severity.ERROR) >= 0);
        if (serious) {
            LOG.warnf(
                    "ATTENTION: received study has %s issues (verdict %s); see /api/v1/studies/{studyInstanceUid}",
                    report.issueCounts(), report.verdict());
            config.notifyUrl().ifPresent(url -> notify(url, report));
        }
        return Optional.of(report);
    }

    private void notify(String url, StudyConformanceReport report) {
        try {
            byte[] body = json.writeValueAsBytes(Map.of(
                    "event",
                    "STUDY_CHECKED",
                    "studyInstanceUid",
                    report.studyInstanceUid(),
                    "protocolId",
                    report.protocolId(),
                    "verdict",
                    report.verdict(),
                    "issueCounts",
                    report.issueCounts(),
                    "order",
                    report.order().link(),
                    "study",
                    "/api/v1/studies/" + report.studyInstanceUid()));
            HttpRequest rq = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            http.sendAsync(rq, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                if (e != null || r.statusCode() >= 300) {
                    LOG.warnf(
                            "notification webhook failed: %s",
                            e != null ? e.getClass().getSimpleName() : "HTTP " + r.statusCode());
                }
            });
        } catch (Exception e) {
            LOG.warnf("notification webhook failed: %s", e.getClass().getSimpleName());
        }
    }
}
