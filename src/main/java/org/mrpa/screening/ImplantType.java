package org.mrpa.screening;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kind of implant or foreign body. */
@Schema(
        description =
                "Kind of implant: SPINAL_FUSION_HARDWARE, PACEMAKER_ICD, SPINAL_CORD_STIMULATOR, COCHLEAR_IMPLANT, "
                        + "BALLISTIC_FRAGMENT, PASSIVE_NEURO (aneurysm clips, shunt valves), PASSIVE_ORTHO (joint replacements, "
                        + "plates, nails), OTHER")
public enum ImplantType {
    SPINAL_FUSION_HARDWARE,
    PACEMAKER_ICD,
    SPINAL_CORD_STIMULATOR,
    COCHLEAR_IMPLANT,
    BALLISTIC_FRAGMENT,
    /** Passive neurosurgical implant: aneurysm clips, shunt valves; decided by its label (§4.2). */
    PASSIVE_NEURO,
    /** Passive orthopaedic implant: joint replacements, plates, nails; usually MR Conditional, decided by label. */
    PASSIVE_ORTHO,
    OTHER
}
