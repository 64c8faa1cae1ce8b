package org.mrpa.store;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.query.SelectionQuery;
import org.mrpa.conformance.Severity;
import org.mrpa.study.Page;
import org.mrpa.study.StudyFilter;
import org.mrpa.study.StudySearch;
import org.mrpa.study.StudySummary;

/** The QA views: filtered, paged study lists and the deviations of the studies a filter selects. */
@ApplicationScoped
public class JpaStudySearch implements StudySearch {

    private final Database db;

    public JpaStudySearch(Database db) {
        this.db = db;
    }

    /** One page of the studies the filter selects, newest study date first. */
    @Override
    public Page<StudySummary> studies(StudyFilter filter, int page, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Where w = where(filter, "s");
            long total = w.bind(db.session()
                            .createSelectionQuery("select count(s) from StudyEntity s" + w.clause(), Long.class))
                    .getSingleResult();
            List<StudySummary> items = w
                    .bind(db.session()
                            .createSelectionQuery(
                                    "from StudyEntity s" + w.clause()
                                            + " order by s.studyDate desc, s.lastCheckedAt desc, s.studyInstanceUid",
                                    StudyEntity.class))
                    .setFirstResult(page * size)
                    .setMaxResults(size)
                    .getResultList()
                    .stream()
                    .map(Rows::summary)
                    .toList();
            return new Page<>(page, size, total, items);
        });
    }

    /** Every study the filter selects (for exports and the compliance summary), newest first. */
    @Override
    public List<StudySummary> allStudies(StudyFilter filter) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Where w = where(filter, "s");
            return w
                    .bind(db.session()
                            .createSelectionQuery(
                                    "from StudyEntity s" + w.clause()
                                            + " order by s.studyDate desc, s.lastCheckedAt desc, s.studyInstanceUid",
                                    StudyEntity.class))
                    .getResultList()
                    .stream()
                    .map(Rows::summary)
                    .toList();
        });
    }

    /** Every deviation (present or not, any review status) of the studies the filter selects. */
    @Override
    public List<DeviationRow> deviations(StudyFilter filter) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Where w = where(filter, "s");
            String hql =
                    "select s, d from StudyEntity s, DeviationEntity d where d.studyInstanceUid = s.studyInstanceUid"
                            + (w.conditions.isEmpty() ? "" : " and " + String.join(" and ", w.conditions))
                            + " order by s.studyDate desc, s.studyInstanceUid, d.firstSeenAt, d.id";
            List<Object[]> rows = w.bind(db.session().createSelectionQuery(hql, Object[].class))
                    .getResultList();
            List<DeviationRow> out = new ArrayList<>(rows.size());
            Map<String, StudySummary> studies = new LinkedHashMap<>();
            for (Object[] r : rows) {
                StudyEntity s = (StudyEntity) r[0];
                out.add(new DeviationRow(
                        studies.computeIfAbsent(s.studyInstanceUid, k -> Rows.summary(s)),
                        Rows.deviation((DeviationEntity) r[1])));
            }
            return out;
        });
    }

    private static Where where(StudyFilter f, String s) {
        Where w = new Where();
        if (f.from() != null) {
            w.add(s + ".studyDate >= :from", "from", f.from());
        }
        if (f.to() != null) {
            w.add(s + ".studyDate <= :to", "to", f.to());
        }
        if (f.protocolId() != null) {
            w.add(s + ".protocolId = :protocol", "protocol", f.protocolId());
        }
        if (f.verdict() != null) {
            w.add(s + ".effectiveVerdict = :verdict", "verdict", f.verdict().name());
        }
        if (f.orderLink() != null) {
            w.add(s + ".orderLink = :link", "link", f.orderLink().name());
        }
        text(w, s + ".stationName", "station", f.stationName());
        text(w, s + ".manufacturer", "manufacturer", f.manufacturer());
        text(w, s + ".model", "model", f.model());
        text(w, s + ".softwareVersion", "software", f.softwareVersion());
        if (f.minSeverity() != null) {
            List<String> counts = new ArrayList<>();
            for (Severity sev : Severity.values()) {
                if (sev.compareTo(f.minSeverity()) >= 0) {
                    counts.add(s + "."
                            + switch (sev) {
                                case INFO -> "infoCount";
                                case WARNING -> "warningCount";
                                case ERROR -> "errorCount";
                                case CRITICAL -> "criticalCount";
                            });
                }
            }
            w.conditions.add("(" + String.join(" + ", counts) + ") > 0");
        }
        return w;
    }

    private static void text(Where w, String column, String name, String value) {
        if (value != null) {
            w.add("lower(" + column + ") = :" + name, name, value.toLowerCase(Locale.ROOT));
        }
    }

    /** Conditions and their parameters, bound by name. */
    private static final class Where {
        final List<String> conditions = new ArrayList<>();
        final Map<String, Object> params = new LinkedHashMap<>();

        void add(String condition, String name, Object value) {
            conditions.add(condition);
            params.put(name, value);
        }

        String clause() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        <T> SelectionQuery<T> bind(SelectionQuery<T> q) {
            params.forEach(q::setParameter);
            return q;
        }
    }
}
