package org.mrpa.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mrpa.conformance.ConformanceChecker;
import org.mrpa.conformance.ConformanceIssue;
import org.mrpa.conformance.ExpectedProtocols;
import org.mrpa.conformance.IssueCode;
import org.mrpa.conformance.Severity;
import org.mrpa.conformance.StudyConformanceReport;
import org.mrpa.dicom.HeaderExtraction;
import org.mrpa.dicom.HeaderExtractor;
import org.mrpa.dicom.SeriesClass;
import org.mrpa.dicom.SeriesHeader;
import org.mrpa.protocol.catalog.CatalogLoader;
import org.mrpa.protocol.catalog.ProtocolCatalog;
import org.mrpa.recommendation.InMemoryRecommendationStore;
import org.mrpa.recommendation.IndicationInput;
import org.mrpa.recommendation.Recommendation;
import org.mrpa.recommendation.RecommendationRequest;
import org.mrpa.recommendation.RecommendationService;
import org.mrpa.screening.BookedScanner;
import org.mrpa.screening.Implant;
import org.mrpa.screening.ImplantType;
import org.mrpa.screening.MrConditions;
import org.mrpa.screening.MrLabel;
import org.mrpa.screening.PatientScreening;
import org.mrpa.screening.Sex;

/** The committed sample studies are the generator's output, and each gets the verdict it was made for. */
class SampleStudiesTest {

    static final Path SAMPLES = Path.of("sample-dicom");
    static final ProtocolCatalog CATALOG = new CatalogLoader().load(Path.of("protocols"));
    static final HeaderExtractor EXTRACTOR = new HeaderExtractor(CATALOG.headerClassification());
    static final RecommendationService SERVICE =
            new RecommendationService(CATALOG, new InMemoryRecommendationStore(10), Clock.systemUTC());

    @Test
    void committedSamplesAreExactlyWhatTheGeneratorWrites(@TempDir Path dir) throws Exception {
        for (SampleDicomGenerator.Study s : SampleDicomGenerator.studies()) {
            SampleDicomGenerator.write(dir, s);
        }
        List<Path> generated = files(dir);
        assertThat(generated).hasSize(174);
        assertThat(files(SAMPLES)).containsExactlyElementsOf(generated);
        for (Path rel : generated) {
            assertThat(Files.readAllBytes(SAMPLES.resolve(rel)))
                    .as(rel.toString())
                    .isEqualTo(Files.readAllBytes(dir.resolve(rel)));
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".dcm"))
                    .map(root::relativize)
                    .sorted()
                    .toList();
        }
    }

    static Recommendation recommend(String text, PatientScreening p, String scanner) {
        return SERVICE.recommend(new RecommendationRequest(
                null,
                new IndicationInput(text, null, null),
                p,
                new BookedScanner(scanner, null, null, null, null, null),
                null));
    }

    static PatientScreening man(List<Implant> implants) {
        return new PatientScreening(
                60.0, Sex.MALE, 80.0, 90.0, null, null, null, null, null, null, implants, null, null);
    }

    static StudyConformanceReport check(String folder, Recommendation r) throws IOException {
        HeaderExtraction x = EXTRACTOR.extract(SAMPLES.resolve(folder));
        assertThat(x.unreadable()).isEmpty();
        Double field = x.series().get(x.series().size() - 1).nominalFieldStrengthT();
        return new ConformanceChecker()
                .check(x.series(), x.unreadable(), new ExpectedProtocols(CATALOG).fromRecommendation(r, field));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lumbar-conformant-siemens", "lumbar-conformant-ge", "lumbar-conformant-philips-enhanced"})
    void conformantRoutineLumbarInEveryVendorStyle(String folder) throws IOException {
        HeaderExtraction x = EXTRACTOR.extract(SAMPLES.resolve(folder));
        assertThat(x.series())
                .extracting(SeriesHeader::seriesNumber, SeriesHeader::classification)
                .containsExactly(
                        tuple("1", SeriesClass.LOCALIZER),
                        tuple("2", SeriesClass.T1),
                        tuple("3", SeriesClass.T2),
                        tuple("4", SeriesClass.STIR),
                        tuple("5", SeriesClass.T2));
        assertThat(x.series().get(0).accessionNumber()).startsWith("SAMPLE00");
        StudyConformanceReport report =
                check(folder, recommend("sciatica for 8 weeks, failed physiotherapy", man(List.of()), "MR1"));
        assertThat(report.issues()).isEmpty();
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.CONFORMANT);
    }

    @Test
    void missingAxialT2() throws IOException {
        StudyConformanceReport report =
                check("lumbar-missing-axial-t2-siemens", recommend("sciatica 8 weeks", man(List.of()), "MR1"));
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.NON_CONFORMANT);
        assertThat(report.issues())
                .extracting(ConformanceIssue::code, ConformanceIssue::sequenceId)
                .containsExactly(tuple(IssueCode.SEQUENCE_MISSING, "ax-t2"));
    }

    @Test
    void parametersOutOfRange() throws IOException {
        StudyConformanceReport report =
                check("lumbar-parameters-out-of-range-ge", recommend("sciatica 8 weeks", man(List.of()), "MR1"));
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.NON_CONFORMANT);
        assertThat(report.issues())
                .extracting(
                        ConformanceIssue::code,
                        ConformanceIssue::sequenceId,
                        ConformanceIssue::keyword,
                        ConformanceIssue::expected,
                        ConformanceIssue::actual)
                .containsExactly(
                        tuple(IssueCode.PARAMETER_OUT_OF_RANGE, "sag-t2", "SliceThickness", "3-4", "6"),
                        tuple(IssueCode.PARAMETER_OUT_OF_RANGE, "sag-stir", "InversionTime", "140-170", "220"));
    }

    @Test
    void threeTeslaAgainstA15TeslaOnlyImplant() throws IOException {
        Implant screws = new Implant(
                "thoracic rods",
                ImplantType.SPINAL_FUSION_HARDWARE,
                MrLabel.MR_CONDITIONAL,
                "T2-T4",
                null,
                new MrConditions(List.of(1.5), null, null, null, null, null, null, null, null, null, null, null, null));
        Recommendation r = recommend("sciatica 8 weeks", man(List.of(screws)), "MR2");
        StudyConformanceReport report = check("lumbar-3t-siemens", r);
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.SAFETY_DEVIATION);
        assertThat(report.acquiredFieldStrengthT()).isEqualTo(3.0);
        assertThat(report.issues())
                .extracting(ConformanceIssue::code, ConformanceIssue::severity)
                .containsExactly(tuple(IssueCode.FIELD_STRENGTH_NOT_ALLOWED, Severity.CRITICAL));
    }

    @Test
    void contrastGivenWhereItWasToBeAvoided() throws IOException {
        PatientScreening unknownPregnancy = new PatientScreening(
                30.0, Sex.FEMALE, 60.0, 90.0, null, null, null, null, null, null, null, null, null);
        Recommendation r = recommend("lumbar discitis", unknownPregnancy, "MR1");
        StudyConformanceReport report = check("lumbar-contrast-given-philips-enhanced", r);
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.SAFETY_DEVIATION);
        assertThat(report.issues())
                .filteredOn(i -> i.severity() == Severity.CRITICAL)
                .extracting(ConformanceIssue::code, ConformanceIssue::seriesNumber, ConformanceIssue::expected)
                .containsExactly(tuple(IssueCode.CONTRAST_GIVEN_WHEN_AVOIDED, "6", "no contrast (AVOID)"));
    }

    @Test
    void diagnosticAxialT2LabelledScoutIsMatchedNotMissing() throws IOException {
        StudyConformanceReport report =
                check("lumbar-t2-labelled-scout-siemens", recommend("sciatica 8 weeks", man(List.of()), "MR1"));
        assertThat(report.issues()).isEmpty();
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.CONFORMANT);
        StudyConformanceReport.SeriesResult axial = report.series().get(4);
        assertThat(axial.seriesNumber()).isEqualTo("5");
        assertThat(axial.seriesDescription()).isEqualTo("t2_tse_tra scout");
        assertThat(axial.classification()).isEqualTo(SeriesClass.T2);
        assertThat(axial.status()).isEqualTo(StudyConformanceReport.SeriesStatus.MATCHED);
        assertThat(axial.matchedSequenceId()).isEqualTo("ax-t2");
        assertThat(axial.classifiedBy()).isEqualTo("spin echo, TR 3800 ms, TE 100 ms: T2 band TR 2000-, TE 60-");
        SeriesHeader header = EXTRACTOR
                .extract(SAMPLES.resolve("lumbar-t2-labelled-scout-siemens"))
                .series()
                .get(4);
        assertThat(header.evidence())
                .contains("description 't2_tse_tra scout t2_tse_tra scout' names a localizer but the data do not"
                        + " (only 3 images): classified by its sequence, not as a localizer");
        assertThat(report.series().get(0).classifiedBy()).isEqualTo("orientations in several planes: localizer");
    }

    @Test
    void gradientEchoLabelledScoutNearMetalIsASafetyDeviation() throws IOException {
        Implant screws = new Implant(
                "screws",
                ImplantType.SPINAL_FUSION_HARDWARE,
                MrLabel.MR_CONDITIONAL,
                "L4-S1",
                null,
                new MrConditions(
                        List.of(1.5, 3.0), null, null, null, null, null, null, null, null, null, null, null, null));
        Recommendation r = recommend("sciatica 8 weeks", man(List.of(screws)), "MR1");
        assertThat(r.artifactReduction().marsRequired()).isTrue();
        StudyConformanceReport report = check("lumbar-gre-labelled-scout-siemens", r);
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.SAFETY_DEVIATION);
        assertThat(report.issues())
                .filteredOn(i -> i.severity() == Severity.CRITICAL)
                .extracting(ConformanceIssue::code, ConformanceIssue::seriesNumber, ConformanceIssue::severity)
                .containsExactly(tuple(IssueCode.GRE_NEAR_METAL, "6", Severity.CRITICAL));
        assertThat(report.series().get(5).classification()).isEqualTo(SeriesClass.GRE);
    }

    @Test
    void aT1FfeIsAT1WeightedGradientEchoThatStillCountsAsAGradientEchoNearMetal() throws IOException {
        SeriesHeader ffe = EXTRACTOR
                .extract(SAMPLES.resolve("lumbar-t1-ffe-siemens"))
                .series()
                .get(5);
        assertThat(ffe.classification()).isEqualTo(SeriesClass.T1_GRE);
        assertThat(ffe.classifiedBy())
                .isEqualTo("spoiled gradient echo, TR 250 ms, TE 4.6 ms, flip 80 deg: T1-weighted gradient echo");
        Implant screws = new Implant(
                "screws",
                ImplantType.SPINAL_FUSION_HARDWARE,
                MrLabel.MR_CONDITIONAL,
                "L4-S1",
                null,
                new MrConditions(
                        List.of(1.5, 3.0), null, null, null, null, null, null, null, null, null, null, null, null));
        StudyConformanceReport report =
                check("lumbar-t1-ffe-siemens", recommend("sciatica 8 weeks", man(List.of(screws)), "MR1"));
        assertThat(report.issues())
                .filteredOn(i -> i.severity() == Severity.CRITICAL)
                .extracting(ConformanceIssue::code, ConformanceIssue::seriesNumber)
                .containsExactly(tuple(IssueCode.GRE_NEAR_METAL, "6"));
    }

    @Test
    void anAxialT2AcquiredCoronalIsWrongPlaneNotMissingAndExtra() throws IOException {
        StudyConformanceReport report =
                check("lumbar-wrong-plane-siemens", recommend("sciatica 8 weeks", man(List.of()), "MR1"));
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.NON_CONFORMANT);
        assertThat(report.issues())
                .extracting(
                        ConformanceIssue::code,
                        ConformanceIssue::severity,
                        ConformanceIssue::seriesNumber,
                        ConformanceIssue::sequenceId,
                        ConformanceIssue::expected,
                        ConformanceIssue::actual)
                .containsExactly(tuple(IssueCode.WRONG_PLANE, Severity.ERROR, "5", "ax-t2", "AX", "COR"));
    }
}
