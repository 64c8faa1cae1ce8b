package org.mrpa.screening;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ASTM F2503 MR safety label (S8); UNKNOWN = not identified. */
@Schema(
        description =
                "ASTM F2503 label (S8): MR_SAFE, MR_CONDITIONAL, MR_UNSAFE, NOT_MR_CONDITIONAL (labelled, but not "
                        + "for MR: legacy cardiac devices), UNKNOWN (not identified)")
public enum MrLabel {
    MR_SAFE,
    MR_CONDITIONAL,
    MR_UNSAFE,
    /** Identified and labelled, but not MR Conditional: a legacy ("non-conditional") cardiac device (§4.2, S11). */
    NOT_MR_CONDITIONAL,
    UNKNOWN
}
