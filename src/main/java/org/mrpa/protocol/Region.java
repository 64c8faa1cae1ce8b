package org.mrpa.protocol;

/**
 * Anatomical region a protocol covers; the combined regions CERVICOTHORACIC and THORACOLUMBAR (e.g. T11-L1, conus
 * lesions) are real regions (clinical reference §1.5).
 */
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
