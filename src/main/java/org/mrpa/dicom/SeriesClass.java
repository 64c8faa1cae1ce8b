package org.mrpa.dicom;

/** What an acquired series is, from its header (clinical reference §8.1). GRE is the T2-star/gradient-echo class. */
public enum SeriesClass {
    T1,
    T2,
    PD,
    STIR,
    FLAIR,
    T1_FLAIR,
    GRE,
    /** A spoiled gradient echo with short TR and TE and a high flip angle (T1 FFE, FLASH, SPGR): T1-weighted. */
    T1_GRE,
    DWI,
    DIXON_WATER,
    DIXON_FAT,
    LOCALIZER,
    DERIVED,
    UNIDENTIFIED
}
