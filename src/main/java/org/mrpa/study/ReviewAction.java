package org.mrpa.study;

/** What QA does with a deviation. */
public enum ReviewAction {
    /** Mark as seen (reason optional). */
    ACKNOWLEDGE,
    /** Accept it (reason required): it stops counting against compliance. */
    WAIVE,
    /** Undo an acknowledgement or waiver (reason required). */
    REOPEN;

    public DeviationStatus resultingStatus() {
        return switch (this) {
            case ACKNOWLEDGE -> DeviationStatus.ACKNOWLEDGED;
            case WAIVE -> DeviationStatus.WAIVED;
            case REOPEN -> DeviationStatus.OPEN;
        };
    }
}
