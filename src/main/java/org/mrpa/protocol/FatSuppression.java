package org.mrpa.protocol;

/** Fat-suppression method. SPECTRAL covers CHESS, SPIR, SPAIR and water excitation. */
public enum FatSuppression {
    NONE,
    STIR,
    SPECTRAL,
    DIXON
}
