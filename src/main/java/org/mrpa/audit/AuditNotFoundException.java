package org.mrpa.audit;

/** A study, deviation or order the caller named does not exist. */
public class AuditNotFoundException extends RuntimeException {

    private final String code;

    public AuditNotFoundException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable problem code, e.g. STUDY_NOT_FOUND. */
    public String code() {
        return code;
    }
}
