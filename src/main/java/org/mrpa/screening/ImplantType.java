package org.mrpa.screening;

/** Kind of implant or foreign body. */
public enum ImplantType {
    SPINAL_FUSION_HARDWARE,
    PACEMAKER_ICD,
    SPINAL_CORD_STIMULATOR,
    COCHLEAR_IMPLANT,
    BALLISTIC_FRAGMENT,
    OTHER
}
