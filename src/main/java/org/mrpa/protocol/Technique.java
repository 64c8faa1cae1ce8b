package org.mrpa.protocol;

/** Pulse-sequence technique; GRE and single-shot EPI are the ones metal artifact reduction removes (§5). */
public enum Technique {
    SE,
    TSE,
    IR_TSE,
    GRE,
    GRE_3D,
    TSE_3D,
    SS_EPI,
    MULTISHOT_EPI,
    DERIVED;

    /** True for gradient-echo techniques, which MARS replaces (§5 rule 2). */
    public boolean isGradientEcho() {
        return this == GRE || this == GRE_3D;
    }
}
