package org.mrpa.indication;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.advice.Reason;

/**
 * How soon the study is needed (clinical reference §1.4), separate from appropriateness; a site maps the levels to
 * its own booking categories.
 *
 * @param reasons the rule that set the level, with its source keys
 */
@Schema(description = "How soon the study is needed (clinical reference §1.4), with the rule that decided")
public record Urgency(
        @Schema(description = "EMERGENCY (scan now, 24/7), URGENT (same or next day) or ROUTINE")
        Level level,

        @Schema(description = "The urgency rule that decided: code, sentence, source keys")
        List<Reason> reasons) {

    public Urgency {
        reasons = List.copyOf(reasons);
    }

    /** The three levels of §1.4; EMERGENCY and URGENT also raise the flag {@code URGENT}. */
    @Schema(description = "EMERGENCY: scan now, 24/7; URGENT: same or next day; ROUTINE: everything else (§1.4)")
    public enum Level {
        EMERGENCY,
        URGENT,
        ROUTINE
    }

    /** True for EMERGENCY and URGENT. */
    public boolean raisesFlag() {
        return level != Level.ROUTINE;
    }
}
