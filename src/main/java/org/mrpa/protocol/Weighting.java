package org.mrpa.protocol;

/** Weighting tokens of the advice vocabulary (clinical reference §1.2). */
public enum Weighting {
    T1,
    T2,
    PD,
    STIR,
    FLUID_FS,
    T2STAR,
    DWI,
    T1C,
    T1C_FS,
    T1_3D_GRE,
    T1_FS,
    T2_3D_HEAVY,
    SUBTRACTION;

    /** True when images of this weighting are T1-weighted and so may be acquired after gadolinium (§1.2 hard rule). */
    public boolean isT1Weighted() {
        return this == T1 || this == T1C || this == T1C_FS || this == T1_3D_GRE || this == T1_FS || this == SUBTRACTION;
    }

    /** The token a T1-weighted sequence carries when acquired after gadolinium. */
    public Weighting afterContrast(FatSuppression fs) {
        return switch (this) {
            case T1, T1C -> fs == FatSuppression.NONE ? T1C : T1C_FS;
            case T1_FS, T1C_FS -> T1C_FS;
            default -> this;
        };
    }
}
