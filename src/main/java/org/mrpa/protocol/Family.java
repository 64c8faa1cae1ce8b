package org.mrpa.protocol;

/** Protocol families of clinical reference §1.3. */
public enum Family {
    DEG_LUMBAR,
    DEG_CERVICAL,
    DEG_THORACIC,
    MYELOPATHY,
    MSCC,
    TRAUMA,
    INFECTION,
    TUMOR,
    POSTOP,
    AXSPA,
    MYOSITIS,
    MASS,
    HEMATOMA,
    CYST,
    CSF_LEAK
}
