package org.mrpa.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.mrpa.conformance.StudyConformanceReport.SequenceResult;
import org.mrpa.conformance.StudyConformanceReport.SequenceStatus;
import org.mrpa.conformance.StudyConformanceReport.SeriesResult;
import org.mrpa.conformance.StudyConformanceReport.SeriesStatus;
import org.mrpa.dicom.AcquiredContrastPhase;
import org.mrpa.dicom.SeriesClass;
import org.mrpa.dicom.SeriesHeader;
import org.mrpa.dicom.UnreadableFile;
import org.mrpa.protocol.ContrastPhase;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.Range;

/**
 * Checks the series of a study against what its protocol expected: each expected sequence acquired or missing,
 * each series matched, extra, repeated or unidentifiable (localizers and derived series are not matched), each
 * parameter against its range with the protocol's tolerance, and the safety constraints of the recommendation on
 * every acquired series, whatever it is classified or counted as.
 * Series are matched by plane, weighting, fat suppression and contrast phase, never by description.
 */
public final class ConformanceChecker {

    /** Field strength (T) below which the catalog defines no parameter ranges. */
    private static final double LOW_FIELD_T = 1.0;

    /**
     * Checks a study's series against the expected protocol. Series are taken in series-number order; each expected
     * sequence takes the best-scoring series not yet matched (see {@link SeriesMatch#score}).
     *
     * @param acquired   the series of the study, in any order
     * @param unreadable files of the study that could not be read, reported as they are
     * @param expected   the protocol in force, with its safety constraints and tolerance
     * @return the report: a result per expected sequence and per series, the issues found, their counts and the
     *     verdict the worst of them decides; a non-conformant study is a report, never an exception
     */
    public StudyConformanceReport check(
            List<SeriesHeader> acquired, List<UnreadableFile> unreadable, ExpectedProtocol expected) {
        List<SeriesHeader> series = acquired.stream()
                .sorted(Comparator.comparing(ConformanceChecker::seriesOrder))
                .toList();
        List<ConformanceIssue> issues = new ArrayList<>();
        Map<SeriesHeader, String> matchedTo = new LinkedHashMap<>();
        List<SequenceResult> sequenceResults = new ArrayList<>();
        for (ExpectedProtocol.Sequence seq : expected.sequences()) {
            sequenceResults.add(sequence(seq, series, matchedTo, expected, issues));
        }
        Map<SeriesHeader, String> wrongPlane = new LinkedHashMap<>();
        for (int i = 0; i < sequenceResults.size(); i++) {
            ExpectedProtocol.Sequence seq = expected.sequences().get(i);
            if (sequenceResults.get(i) == null) {
                sequenceResults.set(i, unmatched(seq, series, matchedTo, wrongPlane, issues));
            }
        }
        List<SeriesResult> seriesResults = new ArrayList<>();
        for (SeriesHeader s : series) {
            seriesResults.add(seriesResult(s, matchedTo, wrongPlane, expected, issues));
        }
        Double fieldT = first(series, SeriesHeader::nominalFieldStrengthT);
        if (fieldT != null && fieldT < LOW_FIELD_T) {
            issues.add(ConformanceIssue.builder(
                            IssueCode.FIELD_STRENGTH_BELOW_RANGES,
                            "Below 1 T the protocol's parameter ranges and the inversion-time windows are not defined:"
                                    + " parameters not checked.")
                    .about("MagneticFieldStrength", ">= 1 T for parameter ranges", Range.format(fieldT) + " T")
                    .build());
        }
        SafetyChecks.check(series, expected, fieldT, issues);
        return new StudyConformanceReport(
                first(series, SeriesHeader::studyInstanceUid),
                first(series, SeriesHeader::accessionNumber),
                expected.protocolId(),
                expected.recommendationId(),
                fieldT,
                StudyConformanceReport.verdictOf(issues),
                StudyConformanceReport.countsOf(issues),
                sequenceResults,
                seriesResults,
                issues,
                unreadable,
                null);
    }

    /** An expected sequence: the best-fitting unmatched series with its parameter checks, or null when none fits. */
    private static SequenceResult sequence(
            ExpectedProtocol.Sequence seq,
            List<SeriesHeader> series,
            Map<SeriesHeader, String> matchedTo,
            ExpectedProtocol expected,
            List<ConformanceIssue> issues) {
        SeriesHeader best = null;
        int bestScore = -1;
        for (SeriesHeader s : series) {
            int score = SeriesMatch.counted(s) && !matchedTo.containsKey(s) ? SeriesMatch.score(seq, s) : -1;
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        matchedTo.put(best, seq.id());
        if (seq.phase() == ContrastPhase.POST && !SeriesMatch.contrastDocumented(best, series)) {
            issues.add(ConformanceIssue.builder(
                            IssueCode.CONTRAST_PHASE_UNKNOWN,
                            best.contrastPhase() == AcquiredContrastPhase.UNKNOWN
                                    ? "Contrast not documented: matched on plane, weighting and fat suppression, but the"
                                            + " header records no agent, no bolus usage and no post-contrast description."
                                    : "Contrast not documented: post-contrast only by its description, with no agent"
                                            + " and no pre-contrast twin.")
                    .series(best)
                    .sequence(seq.id())
                    .about("ContrastBolusAgent", "POST", "not documented")
                    .build());
        }
        return new SequenceResult(
                seq.id(),
                SequenceStatus.ACQUIRED,
                best.seriesInstanceUid(),
                best.seriesNumber(),
                ParameterChecks.check(seq, best, expected, issues));
    }

    /**
     * A required sequence no series fits: acquired in the wrong plane when an unmatched counted series has its
     * weighting, fat suppression and phase in another plane (WRONG_PLANE on that series), else missing.
     */
    private static SequenceResult unmatched(
            ExpectedProtocol.Sequence seq,
            List<SeriesHeader> series,
            Map<SeriesHeader, String> matchedTo,
            Map<SeriesHeader, String> wrongPlane,
            List<ConformanceIssue> issues) {
        if (seq.required() && !seq.conditional()) {
            for (SeriesHeader s : series) {
                if (SeriesMatch.counted(s)
                        && !matchedTo.containsKey(s)
                        && !wrongPlane.containsKey(s)
                        && SeriesMatch.scoreInAnyPlane(seq, s) >= 0) {
                    wrongPlane.put(s, seq.id());
                    issues.add(ConformanceIssue.builder(
                                    IssueCode.WRONG_PLANE,
                                    "Acquired in plane " + s.plane() + " instead of " + seq.plane() + " for " + seq.id()
                                            + ".")
                            .series(s)
                            .sequence(seq.id())
                            .about("ImageOrientationPatient", String.valueOf(seq.plane()), String.valueOf(s.plane()))
                            .build());
                    return new SequenceResult(
                            seq.id(), SequenceStatus.WRONG_PLANE, s.seriesInstanceUid(), s.seriesNumber(), List.of());
                }
            }
        }
        return missing(seq, issues);
    }

    /** A required sequence is missing (an error); a recommended one only noted; a conditional one not at all. */
    private static SequenceResult missing(ExpectedProtocol.Sequence seq, List<ConformanceIssue> issues) {
        boolean required = seq.required() && !seq.conditional();
        if (required) {
            issues.add(
                    ConformanceIssue.builder(IssueCode.SEQUENCE_MISSING, "No acquired series is " + describe(seq) + ".")
                            .sequence(seq.id())
                            .expecting(describe(seq))
                            .build());
        } else if (!seq.conditional()) {
            issues.add(ConformanceIssue.builder(
                            IssueCode.RECOMMENDED_SEQUENCE_MISSING,
                            "Recommended sequence " + describe(seq) + " was not acquired.")
                    .sequence(seq.id())
                    .expecting(describe(seq))
                    .build());
        }
        return SequenceResult.notAcquired(
                seq.id(), required ? SequenceStatus.MISSING : SequenceStatus.NOT_ACQUIRED_OPTIONAL);
    }

    /** An acquired series: not counted, matched, wrong plane, unidentifiable, repeating a matched sequence, or extra. */
    private static SeriesResult seriesResult(
            SeriesHeader s,
            Map<SeriesHeader, String> matchedTo,
            Map<SeriesHeader, String> wrongPlane,
            ExpectedProtocol expected,
            List<ConformanceIssue> issues) {
        SeriesStatus status;
        String match = matchedTo.get(s);
        if (!SeriesMatch.counted(s)) {
            status = SeriesStatus.NOT_COUNTED;
        } else if (match != null) {
            status = SeriesStatus.MATCHED;
        } else if (wrongPlane.containsKey(s)) {
            status = SeriesStatus.WRONG_PLANE;
            match = wrongPlane.get(s);
        } else if (s.classification() == SeriesClass.UNIDENTIFIED) {
            status = SeriesStatus.UNIDENTIFIABLE;
            issues.add(ConformanceIssue.builder(
                            IssueCode.UNIDENTIFIABLE_SERIES, "The header does not say what this series is.")
                    .series(s)
                    .found(String.join("; ", s.evidence()))
                    .build());
        } else {
            match = repeats(s, matchedTo, expected);
            status = match != null ? SeriesStatus.REPEATED : SeriesStatus.EXTRA;
            issues.add(ConformanceIssue.builder(
                            match != null ? IssueCode.REPEATED_SERIES : IssueCode.EXTRA_SERIES,
                            match != null ? "Repeats " + match + "." : "Matches no protocol sequence.")
                    .series(s)
                    .sequence(match)
                    .found(s.classification() + " " + s.plane())
                    .build());
        }
        return new SeriesResult(
                s.seriesInstanceUid(),
                s.seriesNumber(),
                s.seriesDescription(),
                s.classification(),
                status,
                match,
                s.classifiedBy());
    }

    /** The first matched sequence an unmatched series could also have been, or null. */
    private static String repeats(SeriesHeader s, Map<SeriesHeader, String> matchedTo, ExpectedProtocol expected) {
        return expected.sequences().stream()
                .filter(q -> SeriesMatch.score(q, s) >= 0 && matchedTo.containsValue(q.id()))
                .map(ExpectedProtocol.Sequence::id)
                .findFirst()
                .orElse(null);
    }

    private static <T> T first(List<SeriesHeader> series, Function<SeriesHeader, T> value) {
        return series.stream().map(value).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String seriesOrder(SeriesHeader s) {
        try {
            return String.format("%010d", Integer.parseInt(s.seriesNumber().trim()));
        } catch (RuntimeException e) {
            return "9999999999" + (s.seriesInstanceUid() == null ? "" : s.seriesInstanceUid());
        }
    }

    private static String describe(ExpectedProtocol.Sequence q) {
        return q.plane() + " " + q.weighting()
                + (q.fatSuppression() == FatSuppression.NONE ? "" : " " + q.fatSuppression()) + " " + q.phase();
    }
}
