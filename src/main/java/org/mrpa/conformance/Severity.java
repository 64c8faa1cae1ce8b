package org.mrpa.conformance;

/** How much an issue matters; ordered from least to most. */
public enum Severity {
    INFO,
    WARNING,
    ERROR,
    CRITICAL
}
