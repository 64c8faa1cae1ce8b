package org.mrpa.protocol;

/** Acquisition plane; SEMICOR/SEMIAX are the SIJ planes angled to the sacrum (S17). */
public enum Plane {
    SAG,
    AX,
    COR,
    SEMICOR,
    SEMIAX
}
