package org.mrpa.screening;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kind of a prior contrast reaction (clinical reference §3.4). */
@Schema(
        description = "Kind of prior reaction: ALLERGIC_LIKE (hives, oedema, bronchospasm) or PHYSIOLOGIC (nausea, "
                + "warmth, vasovagal)")
public enum ReactionType {
    ALLERGIC_LIKE,
    PHYSIOLOGIC
}
