package org.mrpa.study;

/** What started a conformance check. */
public enum TriggerSource {
    /** Files or a zip posted to /api/v1/conformance-checks. */
    UPLOAD,
    /** A study received by DICOM C-STORE, checked after its quiet period. */
    C_STORE,
    /** A study received by DICOMweb STOW-RS, checked after its quiet period. */
    STOW_RS,
    /** A re-check asked for through the API. */
    API_RECHECK
}
