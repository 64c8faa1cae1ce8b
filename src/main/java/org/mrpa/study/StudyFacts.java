package org.mrpa.study;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.mrpa.dicom.SeriesHeader;

/**
 * What is stored about a study besides its report: from the first series that records each attribute. The Patient ID
 * is carried only to be hashed (if the site enables it) and is never stored as is.
 */
public record StudyFacts(
        String studyInstanceUid,
        String accessionNumber,
        LocalDate studyDate,
        String stationName,
        String manufacturer,
        String model,
        String softwareVersion,
        Double fieldStrengthT,
        String patientId,
        int seriesCount) {

    /** Facts of the study the series belong to (they are one study: callers check that). */
    public static StudyFacts of(List<SeriesHeader> series) {
        return new StudyFacts(
                first(series, SeriesHeader::studyInstanceUid),
                first(series, SeriesHeader::accessionNumber),
                date(first(series, SeriesHeader::studyDate)),
                first(series, SeriesHeader::stationName),
                first(series, SeriesHeader::manufacturer),
                first(series, SeriesHeader::model),
                first(series, SeriesHeader::softwareVersions),
                first(series, SeriesHeader::nominalFieldStrengthT),
                first(series, SeriesHeader::patientId),
                series.size());
    }

    private static <T> T first(List<SeriesHeader> series, Function<SeriesHeader, T> f) {
        return series.stream().map(f).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** DICOM DA (YYYYMMDD); null when absent or malformed (the first check's day is used instead). */
    static LocalDate date(String da) {
        if (da == null || da.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(da.trim(), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
