package org.mrpa.study;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.mrpa.conformance.Severity;

/** Builds the compliance summary from the stored studies and deviations. */
@ApplicationScoped
public class ComplianceReport {

    private final StudySearch queries;

    public ComplianceReport(StudySearch queries) {
        this.queries = queries;
    }

    /** Compliance of the studies the filter selects, grouped by protocol, sequence, station, scanner and ISO week. */
    public ComplianceSummary summarise(StudyFilter filter) {
        List<StudySummary> studies = queries.allStudies(filter);
        List<StudySearch.DeviationRow> deviations = queries.deviations(filter).stream()
                .filter(r -> r.deviation().present())
                .toList();
        return new ComplianceSummary(
                filter.from(),
                filter.to(),
                group(
                        "all",
                        studies.size(),
                        studies.stream().filter(StudySummary::compliant).count(),
                        deviations.stream()
                                .map(StudySearch.DeviationRow::deviation)
                                .toList()),
                groupStudies(studies, deviations, s -> s.protocolId()),
                bySequence(deviations),
                groupStudies(studies, deviations, s -> orUnknown(s.stationName())),
                groupStudies(
                        studies,
                        deviations,
                        s -> orUnknown(s.manufacturer()) + " | " + orUnknown(s.model()) + " | "
                                + orUnknown(s.softwareVersion())),
                groupStudies(studies, deviations, ComplianceReport::week));
    }

    /** ISO week of the study date, e.g. 2026-W47. */
    static String week(StudySummary s) {
        return week(s.studyDate());
    }

    static String week(java.time.LocalDate d) {
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static List<ComplianceSummary.Group> groupStudies(
            List<StudySummary> studies, List<StudySearch.DeviationRow> deviations, Function<StudySummary, String> key) {
        Map<String, List<StudySummary>> groups = new LinkedHashMap<>();
        studies.forEach(s ->
                groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        Map<String, List<Deviation>> byGroup = new LinkedHashMap<>();
        deviations.forEach(r -> byGroup.computeIfAbsent(key.apply(r.study()), k -> new ArrayList<>())
                .add(r.deviation()));
        List<ComplianceSummary.Group> out = new ArrayList<>();
        groups.forEach((k, list) -> out.add(group(
                k,
                list.size(),
                list.stream().filter(StudySummary::compliant).count(),
                byGroup.getOrDefault(k, List.of()))));
        out.sort(Comparator.comparing(ComplianceSummary.Group::key));
        return out;
    }

    private static List<ComplianceSummary.Group> bySequence(List<StudySearch.DeviationRow> deviations) {
        Map<String, List<StudySearch.DeviationRow>> groups = new LinkedHashMap<>();
        deviations.stream()
                .filter(r -> r.deviation().sequenceId() != null)
                .forEach(r -> groups.computeIfAbsent(r.deviation().sequenceId(), k -> new ArrayList<>())
                        .add(r));
        List<ComplianceSummary.Group> out = new ArrayList<>();
        groups.forEach((k, rows) -> {
            Set<String> studies = new HashSet<>();
            Set<String> failing = new HashSet<>();
            for (StudySearch.DeviationRow r : rows) {
                studies.add(r.study().studyInstanceUid());
                if (r.deviation().counts()) {
                    failing.add(r.study().studyInstanceUid());
                }
            }
            out.add(group(
                    k,
                    studies.size(),
                    studies.size() - failing.size(),
                    rows.stream().map(StudySearch.DeviationRow::deviation).toList()));
        });
        out.sort(Comparator.comparing(ComplianceSummary.Group::key));
        return out;
    }

    private static ComplianceSummary.Group group(String key, long studies, long compliant, List<Deviation> deviations) {
        Map<Severity, Long> counted = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            if (s.compareTo(Severity.WARNING) >= 0) {
                counted.put(s, 0L);
            }
        }
        long waived = 0;
        for (Deviation d : deviations) {
            if (d.counts()) {
                counted.merge(d.severity(), 1L, Long::sum);
            } else if (d.present() && d.status() == DeviationStatus.WAIVED) {
                waived++;
            }
        }
        Double rate = studies == 0 ? null : Math.round(10000.0 * compliant / studies) / 10000.0;
        return new ComplianceSummary.Group(key, studies, compliant, rate, counted, waived);
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "(unknown)" : s;
    }
}
