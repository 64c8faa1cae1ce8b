package org.mrpa.advice;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a decision was taken: a stable rule code a QA reviewer can grep, a sentence, the source keys of the
 * clinical reference (S1...) and the section of the reference the rule implements.
 *
 * @param sitePolicy the site-policy setting that decided, when a {@code [LOCAL]}/{@code [DISAGREE]} item did
 */
@Schema(
        description =
                "Why a decision was taken: rule code, sentence, sources (clinical reference keys S1..S26) and reference section.")
public record Reason(
        @Schema(description = "Stable rule code, e.g. GAD-EGFR-LT30", example = "GAD-EGFR-LT30")
        String code,

        @Schema(description = "Human-readable explanation") String text,

        @Schema(description = "Source keys of the clinical reference (S1..S26)", example = "[\"S1\", \"S2\"]")
        List<String> sources,

        @Schema(description = "Section of the clinical reference, e.g. §3.2", example = "§3.2")
        String reference,

        @Schema(
                description =
                        "Site-policy setting that decided, when the reference marks the item [LOCAL] or [DISAGREE]",
                nullable = true)
        String sitePolicy) {

    public Reason {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A reason with a registered code. */
    public static Reason of(ReasonCode code, String text, String reference, String... sources) {
        return of(code, text, reference, List.of(sources));
    }

    /** A reason with a registered code and the sources as a list (e.g. from a catalog file). */
    public static Reason of(ReasonCode code, String text, String reference, List<String> sources) {
        return new Reason(code.code(), text, sources, reference, null);
    }

    /**
     * A reason whose code is given as text, for callers not yet on {@link ReasonCode}; the code must still be one of
     * {@link ReasonCode} (a test checks every code the engine emits).
     */
    public static Reason of(String code, String text, String reference, String... sources) {
        return new Reason(code, text, List.of(sources), reference, null);
    }

    /** This reason, marked as decided by a site-policy setting. */
    public Reason bySitePolicy(String setting) {
        return new Reason(code, text, sources, reference, setting);
    }
}
