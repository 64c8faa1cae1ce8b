package org.mrpa.api;

import java.util.List;

/** A client error the API reports as problem+json. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final ProblemCode code;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, ProblemCode code, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public ProblemCode code() {
        return code;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
