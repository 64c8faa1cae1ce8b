package org.mrpa.screening;

/** Pregnancy status as screened. */
public enum PregnancyStatus {
    NOT_PREGNANT,
    PREGNANT,
    UNKNOWN,
    NOT_APPLICABLE
}
