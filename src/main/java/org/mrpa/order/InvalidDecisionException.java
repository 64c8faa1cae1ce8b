package org.mrpa.order;

/**
 * A protocolling decision that cannot be recorded: the field it names is wrong ({@code notPending}: the advice left no
 * such decision to a person).
 */
public class InvalidDecisionException extends RuntimeException {

    private final String field;
    private final boolean notPending;

    public InvalidDecisionException(String field, String message, boolean notPending) {
        super(message);
        this.field = field;
        this.notPending = notPending;
    }

    /** The request field at fault. */
    public String field() {
        return field;
    }

    /** True when the order's advice left no decision of this kind to a person. */
    public boolean notPending() {
        return notPending;
    }
}
