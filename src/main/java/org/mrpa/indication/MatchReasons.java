package org.mrpa.indication;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mrpa.advice.Reason;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.Region;

/** The reasons an indication match gives (codes {@code IND-*}), each naming the words or codes behind it. */
final class MatchReasons {

    private MatchReasons() {}

    static Reason familyMatched(Family family, List<Evidence> evidence) {
        return Reason.of("IND-FAMILY-MATCHED", family + " matched on " + describe(evidence) + ".", "§1.1");
    }

    /** Other families matched too; the chosen one wins on precedence (or, within its tier, on region and hits). */
    static Reason precedence(Family family, List<IndicationMatch.FamilyEvidence> others, List<Family> tier) {
        return Reason.of(
                "IND-PRECEDENCE",
                "Also matched "
                        + others.stream().map(o -> o.family().name()).collect(Collectors.joining(", ")) + "; "
                        + family + " takes precedence"
                        + (others.stream().anyMatch(o -> tier.contains(o.family()))
                                ? " (same precedence tier; region and matched triggers decide)"
                                : "")
                        + " (precedence of clinical reference §1.1, a design choice).",
                "§1.1");
    }

    static Reason negated(List<Evidence> negated) {
        return Reason.of("IND-NEGATED", "Negated, so not used: " + describe(negated) + ".", "§1.1");
    }

    static Reason outOfScopeMention(List<Evidence> outOfScope) {
        return Reason.of(
                "IND-OUT-OF-SCOPE-MENTION",
                "Mentions outside spine/paravertebral/SIJ scope are not covered by this protocol: "
                        + describe(outOfScope) + ".",
                "§1.1");
    }

    /** Why the chosen protocol's region stands: none was named, or the named one is covered by it; else none. */
    static Optional<Reason> regionCoverage(Region named, Protocol chosen) {
        if (named == null) {
            return Optional.of(Reason.of(
                    "IND-REGION-ASSUMED",
                    "No region named; " + chosen.id() + " covers " + chosen.region() + ".",
                    "§1.3"));
        }
        if (named != chosen.region()) {
            return Optional.of(Reason.of(
                    "IND-REGION-COVERED",
                    "Region " + named + " is covered by " + chosen.id() + " (" + chosen.region() + ").",
                    "§1.3"));
        }
        return Optional.empty();
    }

    static Reason unsupportedRegion(List<Evidence> outOfScope) {
        return Reason.of(
                "IND-UNSUPPORTED-REGION",
                "The indication concerns " + describe(outOfScope)
                        + ", outside spine, paravertebral soft tissue and sacroiliac joints; no spine protocol is offered.",
                "§1.1");
    }

    static Reason notRecognised(List<Evidence> negated) {
        return Reason.of(
                "IND-NOT-RECOGNISED",
                "No spine indication was recognised in the text or codes"
                        + (negated.isEmpty() ? "" : " (negated: " + describe(negated) + ")")
                        + "; no protocol is guessed. Rephrase the indication or add an ICD-10 code.",
                "§1.1");
    }

    /** "code M46.46", or the words as written with the catalog term when it differs and "[suspected]" when hedged. */
    private static String describe(List<Evidence> evidence) {
        return evidence.stream()
                .map(e -> e.source() == Evidence.Source.ICD10
                        ? "code " + e.matched()
                        : "'" + e.matched() + "'"
                                + (e.trigger().equals(e.matched().toLowerCase()) ? "" : " (" + e.trigger() + ")")
                                + (e.assertion() == Assertion.SUSPECTED ? " [suspected]" : ""))
                .collect(Collectors.joining(", "));
    }
}
