package org.mrpa.protocol;

import java.util.List;

/**
 * What metal artifact reduction does to a sequence template (§5): keep it (bandwidth raised), omit it, or
 * replace it with the first option whose templates the scanner is licensed for.
 *
 * @param action  KEEP, OMIT or REPLACE
 * @param options for REPLACE: alternatives in order of preference, each a list of template ids
 * @param rule    the reason code, e.g. {@code MARS-NO-GRE}
 * @param source  source keys of the clinical reference
 */
public record MarsRule(Action action, List<List<String>> options, String rule, List<String> source) {

    /** What happens to the sequence. */
    public enum Action {
        KEEP,
        OMIT,
        REPLACE
    }

    public static final MarsRule KEEP = new MarsRule(Action.KEEP, List.of(), "MARS-HIGH-BANDWIDTH", List.of("S19"));

    public MarsRule {
        options =
                options == null ? List.of() : options.stream().map(List::copyOf).toList();
        source = source == null ? List.of() : List.copyOf(source);
    }
}
