package org.mrpa.protocol;

import java.util.List;

/**
 * Whether the protocol's indication needs intravenous gadolinium, with indication-dependent exceptions
 * (e.g. myelopathy: spondylotic/compressive needs none, §1.3).
 */
public record ContrastPolicy(ContrastNeed need, List<String> source, String note, List<Exception> when) {

    public ContrastPolicy {
        source = source == null ? List.of() : List.copyOf(source);
        when = when == null ? List.of() : List.copyOf(when);
    }

    /** When any of these terms or codes is asserted in the indication, the need becomes {@code need}. */
    public record Exception(
            List<String> terms, List<String> icd10, ContrastNeed need, String reason, List<String> source) {
        public Exception {
            terms = terms == null ? List.of() : List.copyOf(terms);
            icd10 = icd10 == null ? List.of() : List.copyOf(icd10);
            source = source == null ? List.of() : List.copyOf(source);
        }
    }
}
