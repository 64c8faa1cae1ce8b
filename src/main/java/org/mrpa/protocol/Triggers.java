package org.mrpa.protocol;

import java.util.List;

/**
 * What in an indication selects a protocol: terms (words as referrers write them), ICD-10 code prefixes,
 * and combinations that only count when every group matches (e.g. cancer AND cord compression for MSCC).
 */
public record Triggers(List<String> terms, List<String> icd10, List<Combination> combinations) {

    public Triggers {
        terms = terms == null ? List.of() : List.copyOf(terms);
        icd10 = icd10 == null ? List.of() : List.copyOf(icd10);
        combinations = combinations == null ? List.of() : List.copyOf(combinations);
    }

    /** A trigger made of groups that must all match; each group matches on any of its terms or codes. */
    public record Combination(String name, List<TermGroup> all) {
        public Combination {
            all = all == null ? List.of() : List.copyOf(all);
        }
    }

    /** Terms and ICD-10 prefixes of which any one matches. */
    public record TermGroup(List<String> terms, List<String> icd10) {
        public TermGroup {
            terms = terms == null ? List.of() : List.copyOf(terms);
            icd10 = icd10 == null ? List.of() : List.copyOf(icd10);
        }
    }
}
