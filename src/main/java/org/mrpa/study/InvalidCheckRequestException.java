package org.mrpa.study;

/** A check request names something that does not exist or cannot be used (field and reason given). */
public class InvalidCheckRequestException extends RuntimeException {

    private final String field;

    public InvalidCheckRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
