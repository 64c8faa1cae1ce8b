package org.mrpa.protocol;

/** Anatomical region a protocol covers. */
public enum Region {
    CERVICAL,
    THORACIC,
    LUMBAR,
    WHOLE_SPINE,
    SIJ,
    PARASPINAL
}
