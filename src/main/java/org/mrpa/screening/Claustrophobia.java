package org.mrpa.screening;

/** Claustrophobia as screened. */
public enum Claustrophobia {
    NONE,
    MILD,
    SEVERE
}
