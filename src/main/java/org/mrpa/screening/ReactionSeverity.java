package org.mrpa.screening;

/** Severity of a prior contrast reaction (clinical reference §3.4). */
public enum ReactionSeverity {
    PHYSIOLOGIC,
    MILD,
    MODERATE,
    SEVERE
}
