package org.mrpa.screening;

/** Sex as recorded for screening. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
