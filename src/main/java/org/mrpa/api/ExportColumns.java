package org.mrpa.api;

import java.util.List;
import java.util.function.Function;
import org.mrpa.study.Deviation;
import org.mrpa.study.StudySearch.DeviationRow;
import org.mrpa.study.StudySummary;

/** The columns of the CSV exports, in order: a header name and how each row fills it. */
final class ExportColumns {

    private ExportColumns() {}

    /** One CSV column. */
    record Column<T>(String name, Function<T, Object> value) {}

    static final List<Column<StudySummary>> STUDIES = List.of(
            new Column<>("studyInstanceUid", StudySummary::studyInstanceUid),
            new Column<>("accessionNumber", StudySummary::accessionNumber),
            new Column<>("studyDate", StudySummary::studyDate),
            new Column<>("stationName", StudySummary::stationName),
            new Column<>("manufacturer", StudySummary::manufacturer),
            new Column<>("model", StudySummary::model),
            new Column<>("softwareVersion", StudySummary::softwareVersion),
            new Column<>("fieldStrengthT", StudySummary::fieldStrengthT),
            new Column<>("protocolId", StudySummary::protocolId),
            new Column<>("recommendationId", StudySummary::recommendationId),
            new Column<>("orderLink", StudySummary::orderLink),
            new Column<>("verdict", StudySummary::verdict),
            new Column<>("effectiveVerdict", StudySummary::effectiveVerdict),
            new Column<>("compliant", StudySummary::compliant),
            new Column<>("openCritical", StudySummary::openCritical),
            new Column<>("openErrors", StudySummary::openErrors),
            new Column<>("openWarnings", StudySummary::openWarnings),
            new Column<>("openInfo", StudySummary::openInfo),
            new Column<>("waived", StudySummary::waived),
            new Column<>("series", StudySummary::series),
            new Column<>("checks", StudySummary::checks),
            new Column<>("firstCheckedAt", StudySummary::firstCheckedAt),
            new Column<>("lastCheckedAt", StudySummary::lastCheckedAt));

    static final List<Column<DeviationRow>> DEVIATIONS = List.of(
            study("studyInstanceUid", StudySummary::studyInstanceUid),
            study("accessionNumber", StudySummary::accessionNumber),
            study("studyDate", StudySummary::studyDate),
            study("stationName", StudySummary::stationName),
            study("manufacturer", StudySummary::manufacturer),
            study("model", StudySummary::model),
            study("softwareVersion", StudySummary::softwareVersion),
            study("protocolId", StudySummary::protocolId),
            deviation("deviationId", Deviation::id),
            deviation("code", Deviation::code),
            deviation("severity", Deviation::severity),
            deviation("seriesNumber", Deviation::seriesNumber),
            deviation("seriesInstanceUid", Deviation::seriesInstanceUid),
            deviation("sequenceId", Deviation::sequenceId),
            deviation("keyword", Deviation::keyword),
            deviation("expected", Deviation::expected),
            deviation("actual", Deviation::actual),
            deviation("message", Deviation::message),
            deviation("present", Deviation::present),
            deviation("status", Deviation::status),
            deviation("counts", Deviation::counts),
            deviation("reviewReason", Deviation::reviewReason),
            deviation("reviewedBy", Deviation::reviewedBy),
            deviation("reviewedAt", Deviation::reviewedAt),
            deviation("firstSeenAt", Deviation::firstSeenAt),
            deviation("lastSeenAt", Deviation::lastSeenAt));

    /** The rows as CSV: a header line, then one line per row (RFC 4180, formulas defused). */
    static <T> String csv(List<Column<T>> columns, List<T> rows) {
        StringBuilder csv =
                new StringBuilder(Csv.row(columns.stream().map(Column::name).toList()));
        for (T row : rows) {
            csv.append(Csv.row(columns.stream().map(c -> c.value().apply(row)).toList()));
        }
        return csv.toString();
    }

    private static Column<DeviationRow> study(String name, Function<StudySummary, Object> value) {
        return new Column<>(name, r -> value.apply(r.study()));
    }

    private static Column<DeviationRow> deviation(String name, Function<Deviation, Object> value) {
        return new Column<>(name, r -> value.apply(r.deviation()));
    }
}
