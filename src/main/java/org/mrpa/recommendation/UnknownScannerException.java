package org.mrpa.recommendation;

/** A request named a scanner the site policy does not list. */
public class UnknownScannerException extends RuntimeException {

    private final String field;

    public UnknownScannerException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
