package org.mrpa.api;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mrpa.conformance.Severity;
import org.mrpa.conformance.StudyConformanceReport;
import org.mrpa.study.StudyFilter;

/**
 * Reads the QA query parameters (filters, paging, export format). Every bad value is reported together, naming the
 * parameter; an unknown parameter is an error too, so a typo never silently widens a query.
 */
final class StudyQuery {

    static final Set<String> FILTERS = Set.of(
            "from",
            "to",
            "protocol",
            "verdict",
            "station",
            "manufacturer",
            "model",
            "softwareVersion",
            "severity",
            "order");
    static final int MAX_PAGE_SIZE = 500;

    private final MultivaluedMap<String, String> params;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    private StudyQuery(MultivaluedMap<String, String> params, Set<String> allowed) {
        this.params = params;
        for (String name : new TreeSet<>(params.keySet())) {
            if (!allowed.contains(name)) {
                errors.add(new Problem.FieldError(
                        name, "unknown query parameter; known: " + String.join(", ", new TreeSet<>(allowed))));
            } else if (params.get(name).size() > 1) {
                errors.add(
                        new Problem.FieldError(name, "given " + params.get(name).size() + " times; give it once"));
            }
        }
    }

    /** Reads the filters, plus the extra parameters a resource allows (paging, format). */
    static StudyQuery of(MultivaluedMap<String, String> params, String... extra) {
        Set<String> allowed = new java.util.HashSet<>(FILTERS);
        allowed.addAll(Arrays.asList(extra));
        return new StudyQuery(params, allowed);
    }

    StudyFilter filter() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new Problem.FieldError("from", "'" + from + "' is after to '" + to + "'"));
        }
        return new StudyFilter(
                from,
                to,
                text("protocol", 100),
                choice("verdict", StudyConformanceReport.Verdict.class),
                text("station", 200),
                text("manufacturer", 200),
                text("model", 200),
                text("softwareVersion", 400),
                choice("severity", Severity.class),
                choice("order", StudyConformanceReport.OrderLink.class));
    }

    int integer(String name, int defaultValue, int min, int max) {
        String v = raw(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min || i > max) {
                errors.add(new Problem.FieldError(name, "'" + v + "' is not between " + min + " and " + max));
                return defaultValue;
            }
            return i;
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(name, "'" + v + "' is not a whole number"));
            return defaultValue;
        }
    }

    String oneOf(String name, String defaultValue, List<String> values) {
        String v = raw(name);
        if (v == null) {
            return defaultValue;
        }
        if (!values.contains(v.trim().toLowerCase(java.util.Locale.ROOT))) {
            errors.add(new Problem.FieldError(name, "'" + v + "' is not one of " + values));
            return defaultValue;
        }
        return v.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** Throws the 400 problem when any parameter was bad. */
    void orFail() {
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    400,
                    ProblemCode.INVALID_QUERY,
                    errors.size() == 1
                            ? errors.get(0).field() + ": " + errors.get(0).message()
                            : errors.size() + " query parameters are invalid",
                    errors);
        }
    }

    private String raw(String name) {
        String v = params.getFirst(name);
        return v == null || v.isBlank() ? null : v;
    }

    private String text(String name, int max) {
        String v = raw(name);
        if (v != null && v.length() > max) {
            errors.add(new Problem.FieldError(name, "longer than " + max + " characters"));
            return null;
        }
        return v == null ? null : v.trim();
    }

    private LocalDate date(String name) {
        String v = raw(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, "'" + v + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private <E extends Enum<E>> E choice(String name, Class<E> type) {
        String v = raw(name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(
                    name, "'" + v + "' is not one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
