package org.mrpa.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.mrpa.dicom.InstanceHeader;
import org.mrpa.study.ReceivedInstances;
import org.mrpa.study.TriggerSource;

/**
 * Durable record of received instances (headers only) and of which studies are waiting for their quiet period to end.
 * {@link #record} commits before it returns, so the caller may then acknowledge the instance to its sender.
 */
@ApplicationScoped
public class JpaReceivedInstances implements ReceivedInstances {

    private static final int ATTEMPTS = 5;

    private final Database db;
    private final ObjectMapper json;
    private final Clock clock;

    public JpaReceivedInstances(Database db, ObjectMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Stores the header of one received instance (a resend of the same SOP Instance UID replaces it) and marks its study
     * as receiving. Committed when this returns; throws when it could not be stored.
     */
    @Override
    public void record(InstanceHeader header, TriggerSource source, String callingAeTitle) {
        String sop = header.first("SOPInstanceUID");
        String study = header.first("StudyInstanceUID");
        if (sop == null || study == null) {
            throw new IllegalArgumentException("The instance has no SOP Instance UID or Study Instance UID");
        }
        String headerJson = write(header);
        String series = Text.clip(header.first("SeriesInstanceUID"), 64);
        String caller = Text.clip(callingAeTitle, 16);
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew()
                        .run(() -> recordOnce(sop, study, series, headerJson, source.name(), caller));
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !DatabaseFailures.isConflict(e)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Plain JDBC on the transaction's connection: this runs once per received instance, on the sender's clock (a C-STORE
     * association waits for each answer), and the entity route (find, persist, locked find, dirty check) cost several
     * times more. An update comes first so a resent instance replaces its row; a race on a new key is a conflict the
     * caller retries.
     */
    private void recordOnce(
            String sop, String study, String series, String headerJson, String source, String callingAeTitle) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        db.session().doWork(c -> {
            boolean created = execute(
                            c,
                            "UPDATE received_instance SET study_instance_uid = ?, series_instance_uid = ?, received_at = ?, "
                                    + "source = ?, calling_ae_title = ?, header_json = ? WHERE sop_instance_uid = ?",
                            study,
                            series,
                            now,
                            source,
                            callingAeTitle,
                            headerJson,
                            sop)
                    == 0;
            if (created) {
                execute(
                        c,
                        "INSERT INTO received_instance (study_instance_uid, series_instance_uid, received_at, source, calling_ae_title, "
                                + "header_json, sop_instance_uid) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        study,
                        series,
                        now,
                        source,
                        callingAeTitle,
                        headerJson,
                        sop);
            }
            if (execute(
                            c,
                            "UPDATE incoming_study SET last_received_at = ?, last_source = ?, instance_count = instance_count + ?, "
                                    + "version = version + 1 WHERE study_instance_uid = ?",
                            now,
                            source,
                            created ? 1 : 0,
                            study)
                    == 0) {
                execute(
                        c,
                        "INSERT INTO incoming_study (last_received_at, last_source, instance_count, version, last_checked_at, "
                                + "study_instance_uid) VALUES (?, ?, 1, 0, NULL, ?)",
                        now,
                        source,
                        study);
            }
        });
    }

    /** Runs one statement with its parameters in order; returns the rows it changed. */
    private static int execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** Studies whose last instance came at least {@code quiet} ago and that were not checked since. */
    @Override
    public List<DueStudy> studiesDue(Duration quiet) {
        OffsetDateTime before =
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minus(quiet);
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> db.session()
                        .createSelectionQuery(
                                "select studyInstanceUid, lastSource from IncomingStudyEntity "
                                        + "where lastReceivedAt <= :before and (lastCheckedAt is null or lastCheckedAt < lastReceivedAt) "
                                        + "order by lastReceivedAt",
                                Object[].class)
                        .setParameter("before", before)
                        .getResultList());
        return rows.stream()
                .map(r -> new DueStudy(
                        (String) r[0], "STOW_RS".equals(r[1]) ? TriggerSource.STOW_RS : TriggerSource.C_STORE))
                .toList();
    }

    /** Headers of every received instance of a study (empty when none). */
    @Override
    public List<InstanceHeader> headers(String studyInstanceUid) {
        List<String> rows = QuarkusTransaction.requiringNew()
                .call(() -> db.session()
                        .createSelectionQuery(
                                "select headerJson from ReceivedInstanceEntity where studyInstanceUid = :s order by seriesInstanceUid, sopInstanceUid",
                                String.class)
                        .setParameter("s", studyInstanceUid)
                        .getResultList());
        List<InstanceHeader> out = new ArrayList<>(rows.size());
        for (String r : rows) {
            try {
                out.add(json.readValue(r, InstanceHeader.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A stored instance header cannot be read", e);
            }
        }
        return out;
    }

    /** Marks a study checked as of the given time (the arrival time the check saw). */
    @Override
    public void markChecked(String studyInstanceUid, OffsetDateTime lastReceivedSeen) {
        QuarkusTransaction.requiringNew().run(() -> {
            IncomingStudyEntity e =
                    db.session().find(IncomingStudyEntity.class, studyInstanceUid, LockModeType.PESSIMISTIC_WRITE);
            if (e != null) {
                e.lastCheckedAt = lastReceivedSeen;
            }
        });
    }

    /** When the study's latest instance arrived, or null if it was never received. */
    @Override
    public OffsetDateTime lastReceived(String studyInstanceUid) {
        return QuarkusTransaction.requiringNew().call(() -> {
            IncomingStudyEntity e = db.session().find(IncomingStudyEntity.class, studyInstanceUid);
            return e == null ? null : e.lastReceivedAt;
        });
    }

    private String write(InstanceHeader h) {
        try {
            return json.writeValueAsString(h);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise an instance header", e);
        }
    }
}
