package org.mrpa.screening;

/** IEC 60601-2-33 operating mode (S9); ordered from least to most permissive. */
public enum OperatingMode {
    NORMAL,
    FIRST_LEVEL
}
