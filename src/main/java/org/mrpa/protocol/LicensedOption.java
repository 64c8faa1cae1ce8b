package org.mrpa.protocol;

/** Scanner software options that change what a protocol can use (advice vocabulary, scanner). */
public enum LicensedOption {
    SEMAC,
    MAVRIC_SL,
    VAT,
    O_MAR,
    DIXON,
    PROPELLER,
    MULTISHOT_DWI
}
