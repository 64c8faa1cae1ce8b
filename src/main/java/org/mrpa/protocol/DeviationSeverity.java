package org.mrpa.protocol;

/** The severity a site gives a parameter outside its protocol range ({@code header-classification.yaml}). */
public enum DeviationSeverity {
    INFO,
    WARNING,
    ERROR
}
