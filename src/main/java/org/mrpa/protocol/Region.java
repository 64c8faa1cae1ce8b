package org.mrpa.protocol;

/** Anatomical region a protocol covers. */
public enum Region {
    CERVICAL,
    THORACIC,
    LUMBAR,
    CERVICOTHORACIC,
    THORACOLUMBAR,
    WHOLE_SPINE,
    SIJ,
    PARASPINAL
}
