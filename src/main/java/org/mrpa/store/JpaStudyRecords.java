package org.mrpa.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.mrpa.conformance.ConformanceIssue;
import org.mrpa.conformance.Severity;
import org.mrpa.conformance.StudyConformanceReport;
import org.mrpa.study.Deviation;
import org.mrpa.study.DeviationStatus;
import org.mrpa.study.ReviewAction;
import org.mrpa.study.StudyDetail;
import org.mrpa.study.StudyFacts;
import org.mrpa.study.StudyNotFoundException;
import org.mrpa.study.StudyRecords;
import org.mrpa.study.TriggerSource;

/**
 * Keeps every conformance check and the QA review of its deviations. A study is one row, locked while it is updated,
 * so concurrent checks of the same study queue up instead of duplicating it; deviations are matched across re-checks
 * by key so that a review (acknowledged, waived) survives a re-check.
 */
@ApplicationScoped
public class JpaStudyRecords implements StudyRecords {

    private static final Logger LOG = Logger.getLogger(JpaStudyRecords.class);
    private static final int ATTEMPTS = 5;

    private final Database db;
    private final ObjectMapper json;
    private final PatientIdHasher patientIds;
    private final Clock clock;

    public JpaStudyRecords(Database db, ObjectMapper json, PatientIdHasher patientIds, Clock clock) {
        this.db = db;
        this.json = json;
        this.patientIds = patientIds;
        this.clock = clock;
    }

    /**
     * Stores a check of a study: the report, the study's latest state and its deviations (new ones OPEN, known ones
     * keep their review, ones no longer found marked not present). Retried when a concurrent check of the same study
     * wins a race; returns the study as stored.
     */
    @Override
    public StudyDetail record(StudyConformanceReport report, StudyFacts facts, TriggerSource trigger) {
        if (report.studyInstanceUid() == null) {
            throw new IllegalArgumentException("A report without a Study Instance UID cannot be stored");
        }
        String reportJson = write(report);
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> recordOnce(report, reportJson, facts, trigger));
                return detail(report.studyInstanceUid());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !DatabaseFailures.isConflict(e)) {
                    throw e;
                }
                LOG.debugf("study check conflict (attempt %d), retrying", attempt);
                pause(attempt);
            }
        }
    }

    private void recordOnce(StudyConformanceReport report, String reportJson, StudyFacts facts, TriggerSource trigger) {
        Session s = db.session();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        StudyEntity study = lockedStudy(s, report, facts, now);
        List<DeviationEntity> deviations = deviationsOf(s, study.studyInstanceUid);
        reconcile(s, study, deviations, report.issues(), now);
        recount(study, deviations);
        s.persist(checkRun(study, report, reportJson, trigger, now));
    }

    /** The study's row, locked for this check (created and flushed when it is the first), updated with the check. */
    private StudyEntity lockedStudy(Session s, StudyConformanceReport report, StudyFacts facts, OffsetDateTime now) {
        StudyEntity study = s.find(StudyEntity.class, report.studyInstanceUid(), LockModeType.PESSIMISTIC_WRITE);
        boolean created = study == null;
        if (created) {
            study = new StudyEntity();
            study.studyInstanceUid = report.studyInstanceUid();
            study.firstCheckedAt = now;
        }
        study.accessionNumber = Text.clip(facts.accessionNumber(), 16);
        study.patientHash = patientIds.storable(facts.patientId()).orElse(study.patientHash);
        study.studyDate = facts.studyDate() != null ? facts.studyDate() : created ? now.toLocalDate() : study.studyDate;
        study.stationName = Text.clip(facts.stationName(), 200);
        study.manufacturer = Text.clip(facts.manufacturer(), 200);
        study.model = Text.clip(facts.model(), 200);
        study.softwareVersion = Text.clip(facts.softwareVersion(), 400);
        study.fieldStrengthT = facts.fieldStrengthT();
        study.seriesCount = facts.seriesCount();
        study.protocolId = report.protocolId();
        study.recommendationId = report.recommendationId();
        study.orderLink = link(report).name();
        study.verdict = report.verdict().name();
        study.checkCount++;
        study.lastCheckedAt = now;
        if (created) {
            study.effectiveVerdict = study.verdict;
            s.persist(study);
            s.flush();
        }
        return study;
    }

    private static List<DeviationEntity> deviationsOf(Session s, String studyInstanceUid) {
        return s.createSelectionQuery("from DeviationEntity where studyInstanceUid = :s", DeviationEntity.class)
                .setParameter("s", studyInstanceUid)
                .getResultList();
    }

    /**
     * Matches the check's issues to the study's known deviations by key: a new one is added OPEN, a known one keeps its
     * review and is updated, one the check no longer finds is marked not present.
     */
    private static void reconcile(
            Session s,
            StudyEntity study,
            List<DeviationEntity> deviations,
            List<ConformanceIssue> issues,
            OffsetDateTime now) {
        Map<String, DeviationEntity> byKey = new HashMap<>();
        deviations.forEach(d -> byKey.put(d.deviationKey, d));
        Set<String> found = new HashSet<>();
        for (ConformanceIssue issue : issues) {
            String key = key(issue);
            for (int n = 2; found.contains(key); n++) {
                key = key(issue) + "#" + n;
            }
            found.add(key);
            DeviationEntity d = byKey.get(key);
            if (d == null) {
                d = new DeviationEntity();
                d.id = UUID.randomUUID().toString();
                d.studyInstanceUid = study.studyInstanceUid;
                d.deviationKey = key;
                d.status = DeviationStatus.OPEN.name();
                d.firstSeenAt = now;
                deviations.add(d);
                fill(d, issue, now);
                s.persist(d);
            } else {
                fill(d, issue, now);
            }
        }
        for (DeviationEntity d : deviations) {
            if (!found.contains(d.deviationKey)) {
                d.present = false;
            }
        }
    }

    private static ConformanceCheckEntity checkRun(
            StudyEntity study,
            StudyConformanceReport report,
            String reportJson,
            TriggerSource trigger,
            OffsetDateTime now) {
        ConformanceCheckEntity check = new ConformanceCheckEntity();
        check.id = UUID.randomUUID().toString();
        check.studyInstanceUid = study.studyInstanceUid;
        check.checkedAt = now;
        check.triggerSource = trigger.name();
        check.protocolId = report.protocolId();
        check.recommendationId = report.recommendationId();
        check.orderLink = study.orderLink;
        check.verdict = report.verdict().name();
        check.reportJson = reportJson;
        return check;
    }

    /**
     * Records a QA review of one deviation of a study and updates the study's counts.
     *
     * @throws StudyNotFoundException when the study or the deviation does not exist
     */
    @Override
    public Deviation review(
            String studyInstanceUid, String deviationId, ReviewAction action, String reason, String reviewer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Session s = db.session();
            StudyEntity study = s.find(StudyEntity.class, studyInstanceUid, LockModeType.PESSIMISTIC_WRITE);
            if (study == null) {
                throw StudyNotFoundException.study(studyInstanceUid);
            }
            List<DeviationEntity> deviations = s.createSelectionQuery(
                            "from DeviationEntity where studyInstanceUid = :s", DeviationEntity.class)
                    .setParameter("s", studyInstanceUid)
                    .getResultList();
            DeviationEntity d = deviations.stream()
                    .filter(x -> x.id.equals(deviationId))
                    .findFirst()
                    .orElseThrow(() -> StudyNotFoundException.deviation(studyInstanceUid, deviationId));
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            d.status = action.resultingStatus().name();
            d.reviewReason = Text.clip(reason, 2000);
            d.reviewedBy = Text.clip(reviewer, 100);
            d.reviewedAt = now;
            DeviationReviewEntity r = new DeviationReviewEntity();
            r.id = UUID.randomUUID().toString();
            r.deviationId = d.id;
            r.action = action.name();
            r.reason = d.reviewReason;
            r.reviewer = d.reviewedBy;
            r.reviewedAt = now;
            s.persist(r);
            recount(study, deviations);
            return Rows.deviation(d);
        });
    }

    /** @throws StudyNotFoundException when there is no such study */
    @Override
    public StudyDetail detail(String studyInstanceUid) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Session s = db.session();
            StudyEntity study = s.find(StudyEntity.class, studyInstanceUid);
            if (study == null) {
                throw StudyNotFoundException.study(studyInstanceUid);
            }
            List<ConformanceCheckEntity> checks = s.createSelectionQuery(
                            "from ConformanceCheckEntity where studyInstanceUid = :s order by checkedAt, id",
                            ConformanceCheckEntity.class)
                    .setParameter("s", studyInstanceUid)
                    .getResultList();
            List<Deviation> deviations = s
                    .createSelectionQuery("from DeviationEntity where studyInstanceUid = :s", DeviationEntity.class)
                    .setParameter("s", studyInstanceUid)
                    .getResultList()
                    .stream()
                    .map(Rows::deviation)
                    .sorted(DEVIATION_ORDER)
                    .toList();
            ConformanceCheckEntity latest = checks.get(checks.size() - 1);
            return new StudyDetail(
                    Rows.summary(study),
                    read(latest.reportJson),
                    deviations,
                    checks.stream()
                            .map(c -> new StudyDetail.CheckRun(
                                    c.id,
                                    c.checkedAt,
                                    TriggerSource.valueOf(c.triggerSource),
                                    c.protocolId,
                                    c.recommendationId,
                                    StudyConformanceReport.OrderLink.valueOf(c.orderLink),
                                    StudyConformanceReport.Verdict.valueOf(c.verdict)))
                            .toList());
        });
    }

    /** Deviations still present first, then worst severity first, then the order they were found in. */
    static final Comparator<Deviation> DEVIATION_ORDER = Comparator.comparing(Deviation::present)
            .reversed()
            .thenComparing(Deviation::severity, Comparator.reverseOrder())
            .thenComparing(Deviation::firstSeenAt)
            .thenComparing(d -> d.seriesNumber() == null ? "" : d.seriesNumber())
            .thenComparing(d -> d.code().name())
            .thenComparing(Deviation::id);

    private static void fill(DeviationEntity d, ConformanceIssue issue, OffsetDateTime now) {
        d.code = issue.code().name();
        d.severity = issue.severity().name();
        d.seriesInstanceUid = Text.clip(issue.seriesInstanceUid(), 64);
        d.seriesNumber = Text.clip(issue.seriesNumber(), 32);
        d.sequenceId = Text.clip(issue.sequenceId(), 100);
        d.keyword = Text.clip(issue.keyword(), 100);
        d.expected = Text.clip(issue.expected(), 1000);
        d.actual = Text.clip(issue.actual(), 1000);
        d.message = Text.clip(issue.message() == null ? issue.code().name() : issue.message(), 2000);
        d.present = true;
        d.lastSeenAt = now;
    }

    /** Counts and effective verdict from the deviations still present and not waived. */
    private static void recount(StudyEntity study, List<DeviationEntity> deviations) {
        int[] open = new int[Severity.values().length];
        int waived = 0;
        List<Severity> counted = new ArrayList<>();
        for (DeviationEntity d : deviations) {
            if (!d.present) {
                continue;
            }
            if (DeviationStatus.valueOf(d.status) == DeviationStatus.WAIVED) {
                waived++;
                continue;
            }
            Severity sev = Severity.valueOf(d.severity);
            open[sev.ordinal()]++;
            counted.add(sev);
        }
        study.infoCount = open[Severity.INFO.ordinal()];
        study.warningCount = open[Severity.WARNING.ordinal()];
        study.errorCount = open[Severity.ERROR.ordinal()];
        study.criticalCount = open[Severity.CRITICAL.ordinal()];
        study.waivedCount = waived;
        StudyConformanceReport.Verdict effective = StudyConformanceReport.verdictOfSeverities(counted);
        study.effectiveVerdict = effective.name();
        study.compliant = effective == StudyConformanceReport.Verdict.CONFORMANT
                || effective == StudyConformanceReport.Verdict.CONFORMANT_WITH_NOTES;
    }

    /** Identity of a deviation across re-checks: code, series, protocol sequence and DICOM keyword. */
    static String key(ConformanceIssue i) {
        return Text.clip(
                i.code().name() + "|" + nz(i.seriesInstanceUid()) + "|" + nz(i.sequenceId()) + "|" + nz(i.keyword()),
                580);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static StudyConformanceReport.OrderLink link(StudyConformanceReport report) {
        return report.order() == null
                ? StudyConformanceReport.OrderLink.REQUESTED_PROTOCOL
                : report.order().link();
    }

    private String write(StudyConformanceReport r) {
        try {
            return json.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the report", e);
        }
    }

    StudyConformanceReport read(String reportJson) {
        try {
            return json.readValue(reportJson, StudyConformanceReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored report cannot be read", e);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt + (long) (Math.random() * 30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a study check", e);
        }
    }
}
