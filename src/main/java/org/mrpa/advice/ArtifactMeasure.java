package org.mrpa.advice;

/** Metal artifact reduction measures (clinical reference §5). */
public enum ArtifactMeasure {
    PREFER_1_5T,
    TSE_NOT_GRE,
    NO_SS_EPI_DWI,
    STIR_OR_DIXON_FS,
    HIGH_BANDWIDTH,
    POST_CONTRAST_DIXON_OR_SUBTRACTION,
    FREQ_ALONG_HARDWARE,
    THIN_SLICES_HIGH_MATRIX,
    VAT_SEMAC_MAVRIC_IF_AVAILABLE
}
