package org.mrpa.conformance;

import java.util.Comparator;
import java.util.List;
import org.mrpa.dicom.SeriesHeader;
import org.mrpa.dicom.UnreadableFile;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.Region;
import org.mrpa.protocol.catalog.ProtocolCatalog;

/**
 * Checks a study that arrived with no order against the catalog protocol its series fit best, and flags it NO_ORDER:
 * without a recommendation there is no screening, so safety constraints cannot be verified (a review, not a pass).
 */
public final class BestMatchingProtocol {

    private final ProtocolCatalog catalog;
    private final ExpectedProtocols expected;
    private final ConformanceChecker checker;

    public BestMatchingProtocol(ProtocolCatalog catalog, ExpectedProtocols expected, ConformanceChecker checker) {
        this.catalog = catalog;
        this.expected = expected;
        this.checker = checker;
    }

    /**
     * Checks the series against every catalog protocol and keeps the best fit: most protocol sequences acquired, then
     * fewest required sequences missing, then a region the headers' BodyPartExamined names, then fewest ERROR and
     * WARNING issues, then protocol id (so the choice is stable).
     *
     * @param series                 the series of the study
     * @param unreadable             files of the study that could not be read
     * @param acquiredFieldStrengthT the study's nominal field strength, whose parameter ranges apply; null if unknown
     * @return the best fit's report, carrying the NO_ORDER issue and an order context that says which protocol was
     *     chosen and why
     */
    public StudyConformanceReport check(
            List<SeriesHeader> series, List<UnreadableFile> unreadable, Double acquiredFieldStrengthT) {
        java.util.Set<Region> regions = regions(series);
        Comparator<Fit> best = Comparator.comparingLong(Fit::acquired)
                .reversed()
                .thenComparingLong(Fit::missing)
                .thenComparing(f -> regions.contains(f.protocol().region()) ? 0 : 1)
                .thenComparingLong(Fit::problems)
                .thenComparing(f -> f.protocol().id());
        Fit fit = catalog.protocols().stream()
                .map(p ->
                        new Fit(p, checker.check(series, unreadable, expected.fromProtocol(p, acquiredFieldStrengthT))))
                .min(best)
                .orElseThrow(() -> new IllegalStateException("The catalog has no protocols"));
        String detail = "No order matched; best-fitting catalog protocol "
                + fit.protocol().id() + " (" + fit.acquired() + " of "
                + fit.report().sequences().size() + " sequences acquired)";
        ConformanceIssue noOrder = ConformanceIssue.builder(
                        IssueCode.NO_ORDER,
                        "No order for this study: checked against the best-fitting protocol "
                                + fit.protocol().id()
                                + "; implant, contrast and pregnancy constraints could not be verified.")
                .about(
                        "AccessionNumber",
                        "an order with a recommendation",
                        fit.report().accessionNumber() == null
                                ? "no accession number"
                                : "no recommendation for the accession number")
                .build();
        return fit.report()
                .withOrder(
                        new StudyConformanceReport.OrderContext(
                                StudyConformanceReport.OrderLink.NO_ORDER, detail, null, null),
                        noOrder);
    }

    /** Regions named by BodyPartExamined (CSPINE, TSPINE, LSPINE, SSPINE/SACRUM, WHOLESPINE/SPINE). */
    static java.util.Set<Region> regions(List<SeriesHeader> series) {
        java.util.Set<Region> out = java.util.EnumSet.noneOf(Region.class);
        for (SeriesHeader s : series) {
            String b = s.bodyPartExamined() == null
                    ? ""
                    : s.bodyPartExamined()
                            .trim()
                            .toUpperCase(java.util.Locale.ROOT)
                            .replace(" ", "");
            switch (b) {
                case "CSPINE", "NECK" -> out.add(Region.CERVICAL);
                case "TSPINE" -> out.add(Region.THORACIC);
                case "LSPINE" -> out.add(Region.LUMBAR);
                case "SSPINE", "SACRUM", "SIJ", "SACROILIACJOINT" -> out.add(Region.SIJ);
                case "WHOLESPINE", "SPINE", "CTSPINE", "TLSPINE" -> out.add(Region.WHOLE_SPINE);
                default -> {}
            }
        }
        return out;
    }

    /** A catalog protocol with the report of the study checked against it. */
    private record Fit(Protocol protocol, StudyConformanceReport report) {
        long acquired() {
            return report.sequences().stream()
                    .filter(s -> s.status() == StudyConformanceReport.SequenceStatus.ACQUIRED)
                    .count();
        }

        long missing() {
            return report.issues().stream()
                    .filter(i -> i.code() == IssueCode.SEQUENCE_MISSING)
                    .count();
        }

        long problems() {
            return report.issues().stream()
                    .filter(i -> i.severity() == Severity.ERROR || i.severity() == Severity.WARNING)
                    .count();
        }
    }
}
