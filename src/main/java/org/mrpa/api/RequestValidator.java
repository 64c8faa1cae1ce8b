package org.mrpa.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates request bodies and reports every violation with its JSON path. */
@ApplicationScoped
public class RequestValidator {

    private final Validator validator;

    public RequestValidator(Validator validator) {
        this.validator = validator;
    }

    /** Throws a 400 problem listing every bad field when the body is absent or invalid. */
    public <T> T valid(T body) {
        if (body == null) {
            throw new ProblemException(
                    400,
                    ProblemCode.VALIDATION_FAILED,
                    "A JSON request body is required",
                    List.of(new Problem.FieldError("(body)", "is required")));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(path(v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                    .distinct()
                    .toList();
            throw new ProblemException(
                    400,
                    ProblemCode.VALIDATION_FAILED,
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")),
                    errors);
        }
        return body;
    }

    /**
     * {@code patient.implants[0].conditions.maxB1rmsMicroT}. Cross-field checks are methods named
     * {@code is<Field>Check}; they are reported under {@code <field>}.
     */
    static String path(Path p) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node n : p) {
            if (n.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (n.getIndex() != null) {
                    sb.append('[').append(n.getIndex()).append(']');
                }
                continue;
            }
            if (n.getName() == null) {
                continue;
            }
            if (n.getIndex() != null) {
                sb.append('[').append(n.getIndex()).append(']');
            }
            String name = n.getName();
            if (n.getKind() == ElementKind.PROPERTY && name.endsWith("Check")) {
                name = name.substring(0, name.length() - "Check".length());
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(name);
        }
        return sb.length() == 0 ? "(body)" : sb.toString();
    }
}
