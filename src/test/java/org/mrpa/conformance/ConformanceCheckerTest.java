package org.mrpa.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrpa.dicom.AcquiredContrastPhase;
import org.mrpa.dicom.MeasuredValue;
import org.mrpa.dicom.SeriesClass;
import org.mrpa.dicom.SeriesHeader;
import org.mrpa.dicom.vendor.Vendor;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.Plane;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.Range;
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
import org.mrpa.screening.OperatingMode;
import org.mrpa.screening.PatientScreening;
import org.mrpa.screening.Sex;

class ConformanceCheckerTest {

    static final ProtocolCatalog CATALOG = new CatalogLoader().load(Path.of("protocols"));
    static final RecommendationService SERVICE =
            new RecommendationService(CATALOG, new InMemoryRecommendationStore(100), Clock.systemUTC());
    static final ExpectedProtocols EXPECTED = new ExpectedProtocols(CATALOG);
    final ConformanceChecker checker = new ConformanceChecker();

    static Recommendation recommend(String text, List<Implant> implants, String scanner, Double egfr) {
        PatientScreening p = new PatientScreening(
                60.0, Sex.MALE, 80.0, egfr, null, null, null, null, null, null, implants, null, null);
        return SERVICE.recommend(new RecommendationRequest(
                "ACC9",
                new IndicationInput(text, null, null),
                p,
                new BookedScanner(scanner, null, null, null, null, null),
                null));
    }

    /** A series header with the given class and parameters (TR, TE, TI, ETL, thickness, gap, FOV, bandwidth). */
    static SeriesHeader series(
            int number,
            Plane plane,
            SeriesClass c,
            FatSuppression fs,
            AcquiredContrastPhase phase,
            double b0,
            Map<String, Double> params) {
        Map<String, MeasuredValue> p = new LinkedHashMap<>();
        params.forEach((k, v) -> p.put(k, new MeasuredValue(v, List.of(v), false)));
        return SeriesHeader.builder()
                .seriesInstanceUid("1.2.3." + number)
                .studyInstanceUid("1.2.3")
                .accessionNumber("ACC9")
                .seriesNumber(String.valueOf(number))
                .seriesDescription("series " + number)
                .vendor(Vendor.SIEMENS)
                .manufacturer("SIEMENS")
                .model("Aera")
                .softwareVersions("syngo MR E11")
                .stationName("MR1")
                .fieldStrengthT(b0)
                .nominalFieldStrengthT(b0)
                .plane(plane)
                .obliquityDeg(0.0)
                .classification(c)
                .imageType(List.of("ORIGINAL", "PRIMARY"))
                .fatSuppression(fs)
                .contrastPhase(phase)
                .parameters(p)
                .instances(20)
                .frames(20)
                .evidence(List.of("test"))
                .files(List.of())
                .studyDate("20261120")
                .bodyPartExamined("LSPINE")
                .build();
    }

    static Map<String, Double> t1() {
        return Map.of(
                "RepetitionTime",
                550.0,
                "EchoTime",
                10.0,
                "EchoTrainLength",
                3.0,
                "SliceThickness",
                4.0,
                "SliceGap",
                0.4,
                "FieldOfView",
                280.0,
                "PixelBandwidth",
                180.0);
    }

    static Map<String, Double> t2() {
        return Map.of(
                "RepetitionTime",
                3500.0,
                "EchoTime",
                100.0,
                "EchoTrainLength",
                18.0,
                "SliceThickness",
                4.0,
                "SliceGap",
                0.4,
                "FieldOfView",
                280.0,
                "PixelBandwidth",
                180.0);
    }

    static Map<String, Double> stir() {
        return Map.of(
                "RepetitionTime",
                4000.0,
                "EchoTime",
                40.0,
                "InversionTime",
                150.0,
                "SliceThickness",
                4.0,
                "FieldOfView",
                280.0);
    }

    static Map<String, Double> axT2() {
        Map<String, Double> m = new LinkedHashMap<>(t2());
        m.put("FieldOfView", 180.0);
        return m;
    }

    static List<SeriesHeader> routineLumbar() {
        List<SeriesHeader> s = new ArrayList<>();
        s.add(series(
                1, null, SeriesClass.LOCALIZER, FatSuppression.NONE, AcquiredContrastPhase.UNKNOWN, 1.5, Map.of()));
        s.add(series(2, Plane.SAG, SeriesClass.T1, FatSuppression.NONE, AcquiredContrastPhase.UNKNOWN, 1.5, t1()));
        s.add(series(3, Plane.SAG, SeriesClass.T2, FatSuppression.NONE, AcquiredContrastPhase.UNKNOWN, 1.5, t2()));
        s.add(series(4, Plane.SAG, SeriesClass.STIR, FatSuppression.STIR, AcquiredContrastPhase.UNKNOWN, 1.5, stir()));
        s.add(series(5, Plane.AX, SeriesClass.T2, FatSuppression.NONE, AcquiredContrastPhase.UNKNOWN, 1.5, axT2()));
        return s;
    }

    private StudyConformanceReport check(List<SeriesHeader> series, Recommendation r) {
        return checker.check(
                series,
                List.of(),
                EXPECTED.fromRecommendation(r, series.get(series.size() - 1).nominalFieldStrengthT()));
    }

    @Test
    void conformantRoutineLumbarStudy() {
        Recommendation r = recommend("sciatica 8 weeks", List.of(), "MR1", 90.0);
        StudyConformanceReport report = check(routineLumbar(), r);
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.CONFORMANT);
        assertThat(report.issues()).isEmpty();
        assertThat(report.sequences())
                .extracting(
                        StudyConformanceReport.SequenceResult::sequenceId,
                        StudyConformanceReport.SequenceResult::status,
                        StudyConformanceReport.SequenceResult::seriesNumber)
                .containsExactly(
                        tuple("sag-t1", StudyConformanceReport.SequenceStatus.ACQUIRED, "2"),
                        tuple("sag-t2", StudyConformanceReport.SequenceStatus.ACQUIRED, "3"),
                        tuple("sag-stir", StudyConformanceReport.SequenceStatus.ACQUIRED, "4"),
                        tuple("ax-t2", StudyConformanceReport.SequenceStatus.ACQUIRED, "5"));
        assertThat(report.series())
                .extracting(StudyConformanceReport.SeriesResult::status)
                .containsExactly(
                        StudyConformanceReport.SeriesStatus.NOT_COUNTED,
                        StudyConformanceReport.SeriesStatus.MATCHED,
                        StudyConformanceReport.SeriesStatus.MATCHED,
                        StudyConformanceReport.SeriesStatus.MATCHED,
                        StudyConformanceReport.SeriesStatus.MATCHED);
        StudyConformanceReport.ParameterCheck ti = report.sequences().get(2).parameters().stream()
                .filter(p -> p.keyword().equals("InversionTime"))
                .findFirst()
                .orElseThrow();
        assertThat(ti.expected()).isEqualTo(Range.of(140, 170));
        assertThat(ti.actual()).isEqualTo(150.0);
        assertThat(ti.verdict()).isEqualTo(StudyConformanceReport.ParameterVerdict.IN_RANGE);
    }

    @Test
    void missingRequiredSequenceIsAnError() {
        List<SeriesHeader> s = routineLumbar();
        s.remove(4);
        StudyConformanceReport report = check(s, recommend("sciatica 8 weeks", List.of(), "MR1", 90.0));
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.NON_CONFORMANT);
        assertThat(report.issues())
                .extracting(
                        ConformanceIssue::code,
                        ConformanceIssue::severity,
                        ConformanceIssue::sequenceId,
                        ConformanceIssue::expected)
                .containsExactly(tuple(IssueCode.SEQUENCE_MISSING, Severity.ERROR, "ax-t2", "AX T2 PRE"));
    }

    @Test
    void missingRecommendedSequenceIsOnlyANote() {
        List<SeriesHeader> s = routineLumbar();
        s.remove(3);
        StudyConformanceReport report = check(s, recommend("sciatica 8 weeks", List.of(), "MR1", 90.0));
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.CONFORMANT_WITH_NOTES);
        assertThat(report.issues())
                .extracting(ConformanceIssue::code)
                .containsExactly(IssueCode.RECOMMENDED_SEQUENCE_MISSING);
    }

    @ParameterizedTest(name = "STIR TI {0}: {1}")
    @CsvSource({
        "140, IN_RANGE",
        "170, IN_RANGE",
        "175, WITHIN_TOLERANCE",
        "178.5, WITHIN_TOLERANCE",
        "179, OUT_OF_RANGE",
        "133, WITHIN_TOLERANCE",
        "132.9, OUT_OF_RANGE",
        "220, OUT_OF_RANGE"
    })
    void parameterVerdictUsesTheProtocolToleranceOf5Percent(
            double ti, StudyConformanceReport.ParameterVerdict expected) {
        List<SeriesHeader> s = routineLumbar();
        Map<String, Double> p = new LinkedHashMap<>(stir());
        p.put("InversionTime", ti);
        s.set(3, series(4, Plane.SAG, SeriesClass.STIR, FatSuppression.STIR, AcquiredContrastPhase.UNKNOWN, 1.5, p));
        StudyConformanceReport report = check(s, recommend("sciatica 8 weeks", List.of(), "MR1", 90.0));
        assertThat(report.sequences().get(2).parameters())
                .filteredOn(c -> c.keyword().equals("InversionTime"))
                .extracting(StudyConformanceReport.ParameterCheck::verdict)
                .containsExactly(expected);
        if (expected == StudyConformanceReport.ParameterVerdict.OUT_OF_RANGE) {
            assertThat(report.issues())
                    .extracting(
                            ConformanceIssue::code,
                            ConformanceIssue::keyword,
                            ConformanceIssue::expected,
                            ConformanceIssue::actual)
                    .containsExactly(
                            tuple(IssueCode.PARAMETER_OUT_OF_RANGE, "InversionTime", "140-170", Range.format(ti)));
            assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.NON_CONFORMANT);
        }
    }

    @Test
    void threeTeslaAgainstA15OnlyImplantIsASafetyDeviation() {
        Implant screws = new Implant(
                "screws",
                ImplantType.SPINAL_FUSION_HARDWARE,
                MrLabel.MR_CONDITIONAL,
                "T2",
                null,
                new MrConditions(List.of(1.5), null, null, null, null, null, null, null, null, null, null, null, null));
        Recommendation r = recommend("sciatica 8 weeks", List.of(screws), "MR2", 90.0);
        assertThat(r.scanner().recommendedFieldStrengthT()).isEqualTo(1.5);
        List<SeriesHeader> s = new ArrayList<>();
        for (SeriesHeader h : routineLumbar()) {
            s.add(series(
                    Integer.parseInt(h.seriesNumber()),
                    h.plane(),
                    h.classification(),
                    h.fatSuppression(),
                    h.contrastPhase(),
                    3.0,
                    h.parameters().entrySet().stream()
                            .collect(java.util.stream.Collectors.toMap(
                                    Map.Entry::getKey, e -> e.getValue().value()))));
        }
        StudyConformanceReport report = check(s, r);
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.SAFETY_DEVIATION);
        assertThat(report.issues())
                .filteredOn(i -> i.severity() == Severity.CRITICAL)
                .extracting(ConformanceIssue::code, ConformanceIssue::expected, ConformanceIssue::actual)
                .containsExactly(tuple(IssueCode.FIELD_STRENGTH_NOT_ALLOWED, "[1.5] T", "3 T"));
    }

    static Recommendation pregnantDiscitis() {
        PatientScreening pregnant = new PatientScreening(
                31.0,
                Sex.FEMALE,
                70.0,
                95.0,
                null,
                null,
                org.mrpa.screening.PregnancyStatus.PREGNANT,
                22,
                null,
                null,
                null,
                null,
                null);
        Recommendation r = SERVICE.recommend(new RecommendationRequest(
                "B",
                new IndicationInput("suspected discitis L3-4, fever, raised CRP", null, null),
                pregnant,
                new BookedScanner("MR1", null, null, null, null, null),
                null));
        assertThat(r.gadolinium().decision()).isEqualTo(org.mrpa.advice.GadoliniumDecision.RADIOLOGIST_DECISION);
        return r;
    }

    @ParameterizedTest(name = "decision {0}: {1} {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "-, CONTRAST_DECISION_NOT_RECORDED, NON_CONFORMANT",
                "DO_NOT_GIVE, CONTRAST_GIVEN_AGAINST_DECISION, SAFETY_DEVIATION",
                "GIVE, -, CONFORMANT_WITH_NOTES"
            })
    void postContrastSeriesIsCheckedAgainstTheDecidedGadolinium(
            GadoliniumOutcome decided, IssueCode expected, StudyConformanceReport.Verdict verdict) {
        List<SeriesHeader> s = routineLumbar();
        s.add(series(6, Plane.SAG, SeriesClass.T1, FatSuppression.SPECTRAL, AcquiredContrastPhase.POST, 1.5, t1()));
        Map<String, Double> ax = new LinkedHashMap<>(t1());
        ax.put("FieldOfView", 180.0);
        s.add(series(7, Plane.AX, SeriesClass.T1, FatSuppression.SPECTRAL, AcquiredContrastPhase.POST, 1.5, ax));
        ExpectedProtocol e =
                new SafetyContext(decided, null, null).applyTo(EXPECTED.fromRecommendation(pregnantDiscitis(), 1.5));
        // pregnancy requires Normal Operating Mode: recorded on every series
        List<SeriesHeader> normal = s.stream()
                .map(h -> h.toBuilder().operatingMode("IEC_NORMAL").build())
                .toList();
        StudyConformanceReport report = record(checker.check(normal, List.of(), e));
        assertThat(report.issues())
                .filteredOn(i -> i.code() != IssueCode.RECOMMENDED_SEQUENCE_MISSING)
                .extracting(ConformanceIssue::code, ConformanceIssue::seriesNumber, ConformanceIssue::severity)
                .containsExactlyElementsOf(
                        expected == null
                                ? List.of()
                                : List.of(
                                        tuple(expected, "6", expected.severity()),
                                        tuple(expected, "7", expected.severity())));
        assertThat(report.verdict()).isEqualTo(verdict);
    }

    @Test
    void gadoliniumGivenMakesTheConditionalPostContrastSequencesRequired() {
        ExpectedProtocol e = new SafetyContext(GadoliniumOutcome.GIVE, null, null)
                .applyTo(EXPECTED.fromRecommendation(pregnantDiscitis(), 1.5));
        StudyConformanceReport report = record(checker.check(routineLumbar(), List.of(), e));
        assertThat(report.issues())
                .filteredOn(i -> i.code() == IssueCode.SEQUENCE_MISSING)
                .extracting(ConformanceIssue::sequenceId, ConformanceIssue::severity)
                .containsExactly(tuple("sag-t1c-fs", Severity.ERROR), tuple("ax-t1c-fs", Severity.ERROR));
    }

    @Test
    void approvedImplantConditionsReplaceTheRecommendationsLimits() {
        MrConditions approved = new MrConditions(
                List.of(1.5), null, null, OperatingMode.NORMAL, 1.0, null, 2.0, null, null, null, null, null, null);
        ExpectedProtocol e = new SafetyContext(null, List.of(approved), null)
                .applyTo(EXPECTED.fromRecommendation(recommend("sciatica 8 weeks", List.of(), "MR1", 90.0), 1.5));
        assertThat(e.safety().allowedFieldStrengthsT()).containsExactly(1.5);
        assertThat(e.safety().operatingModeNormalOnly()).isTrue();
        assertThat(e.safety().maxWholeBodySarWPerKg()).isEqualTo(1.0);
        assertThat(e.safety().maxB1rmsMicroT()).isEqualTo(2.0);
        assertThat(e.safety().marsRequired()).isFalse();
    }

    @Test
    void contrastGivenWhenAvoidedIsASafetyDeviation() {
        PatientScreening unknownPregnancy = new PatientScreening(
                30.0, Sex.FEMALE, 60.0, 90.0, null, null, null, null, null, null, null, null, null);
        Recommendation r = SERVICE.recommend(new RecommendationRequest(
                "A",
                new IndicationInput("discitis", null, null),
                unknownPregnancy,
                new BookedScanner("MR1", null, null, null, null, null),
                null));
        List<SeriesHeader> s = routineLumbar();
        s.add(series(6, Plane.SAG, SeriesClass.T1, FatSuppression.SPECTRAL, AcquiredContrastPhase.POST, 1.5, t1()));
        StudyConformanceReport report = checker.check(s, List.of(), EXPECTED.fromRecommendation(r, 1.5));
        assertThat(report.issues())
                .filteredOn(i -> i.code() == IssueCode.CONTRAST_GIVEN_WHEN_AVOIDED)
                .extracting(ConformanceIssue::seriesNumber, ConformanceIssue::expected)
                .containsExactly(tuple("6", "no contrast (AVOID)"));
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.SAFETY_DEVIATION);
    }

    @Test
    void greAndSpectralFatSuppressionNearMetalAreSafetyDeviations() {
        Implant screws = new Implant(
                "screws",
                ImplantType.SPINAL_FUSION_HARDWARE,
                MrLabel.MR_CONDITIONAL,
                "L4-S1",
                null,
                new MrConditions(
                        List.of(1.5, 3.0), null, null, null, null, null, null, null, null, null, null, null, null));
        Recommendation r = recommend("sciatica 8 weeks", List.of(screws), "MR1", 90.0);
        assertThat(r.artifactReduction().marsRequired()).isTrue();
        List<SeriesHeader> s = routineLumbar();
        s.add(series(
                6,
                Plane.AX,
                SeriesClass.GRE,
                FatSuppression.NONE,
                AcquiredContrastPhase.UNKNOWN,
                1.5,
                Map.of("EchoTime", 12.0)));
        s.add(series(7, Plane.SAG, SeriesClass.T2, FatSuppression.SPECTRAL, AcquiredContrastPhase.UNKNOWN, 1.5, t2()));
        StudyConformanceReport report = check(s, r);
        assertThat(report.issues())
                .filteredOn(i -> i.severity() == Severity.CRITICAL)
                .extracting(ConformanceIssue::code, ConformanceIssue::seriesNumber)
                .containsExactly(
                        tuple(IssueCode.GRE_NEAR_METAL, "6"),
                        tuple(IssueCode.SPECTRAL_FAT_SUPPRESSION_NEAR_METAL, "7"));
    }

    @Test
    void sarAboveTheDeviceLimitAndAboveTheNormalModeProxyAreSafetyDeviations() {
        Implant device = new Implant(
                "stimulator",
                ImplantType.OTHER,
                MrLabel.MR_CONDITIONAL,
                "left hip",
                null,
                new MrConditions(
                        List.of(1.5),
                        null,
                        null,
                        OperatingMode.NORMAL,
                        1.5,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        Recommendation r = recommend("sciatica 8 weeks", List.of(device), "MR1", 90.0);
        List<SeriesHeader> s = routineLumbar();
        Map<String, Double> hot = new LinkedHashMap<>(t2());
        hot.put("SAR", 2.4);
        s.set(2, series(3, Plane.SAG, SeriesClass.T2, FatSuppression.NONE, AcquiredContrastPhase.UNKNOWN, 1.5, hot));
        StudyConformanceReport report = check(s, r);
        assertThat(report.issues())
                .filteredOn(i ->
                        i.seriesNumber() != null && i.seriesNumber().equals("3") && i.severity() == Severity.CRITICAL)
                .extracting(ConformanceIssue::code, ConformanceIssue::actual)
                .containsExactly(
                        tuple(IssueCode.SAR_ABOVE_DEVICE_LIMIT, "2.4 W/kg"),
                        tuple(IssueCode.OPERATING_MODE_ABOVE_LIMIT, "2.4 W/kg"));
        assertThat(report.issues())
                .filteredOn(i -> i.code() == IssueCode.OPERATING_MODE_NOT_RECORDED)
                .extracting(ConformanceIssue::seriesNumber)
                .containsExactly("2", "4", "5");
    }

    @Test
    void extraRepeatedAndUnidentifiableSeriesAreReported() {
        List<SeriesHeader> s = routineLumbar();
        s.add(series(6, Plane.SAG, SeriesClass.T2, FatSuppression.NONE, AcquiredContrastPhase.UNKNOWN, 1.5, t2()));
        s.add(series(7, Plane.COR, SeriesClass.T2, FatSuppression.NONE, AcquiredContrastPhase.UNKNOWN, 1.5, t2()));
        s.add(series(
                8,
                Plane.AX,
                SeriesClass.UNIDENTIFIED,
                FatSuppression.NONE,
                AcquiredContrastPhase.UNKNOWN,
                1.5,
                Map.of()));
        StudyConformanceReport report = check(s, recommend("sciatica 8 weeks", List.of(), "MR1", 90.0));
        assertThat(report.series())
                .extracting(
                        StudyConformanceReport.SeriesResult::seriesNumber,
                        StudyConformanceReport.SeriesResult::status,
                        StudyConformanceReport.SeriesResult::matchedSequenceId)
                .endsWith(
                        tuple("6", StudyConformanceReport.SeriesStatus.REPEATED, "sag-t2"),
                        tuple("7", StudyConformanceReport.SeriesStatus.EXTRA, null),
                        tuple("8", StudyConformanceReport.SeriesStatus.UNIDENTIFIABLE, null));
        assertThat(report.issues())
                .extracting(ConformanceIssue::code)
                .containsExactly(IssueCode.REPEATED_SERIES, IssueCode.EXTRA_SERIES, IssueCode.UNIDENTIFIABLE_SERIES);
    }

    @Test
    void aSeriesInTheWrongPlaneForItsSlotIsWrongPlaneNotMissingAndExtra() {
        List<SeriesHeader> s = routineLumbar();
        s.set(4, series(5, Plane.COR, SeriesClass.T2, FatSuppression.NONE, AcquiredContrastPhase.UNKNOWN, 1.5, axT2()));
        StudyConformanceReport report = record(check(s, recommend("sciatica 8 weeks", List.of(), "MR1", 90.0)));
        assertThat(report.issues())
                .extracting(
                        ConformanceIssue::code,
                        ConformanceIssue::severity,
                        ConformanceIssue::seriesNumber,
                        ConformanceIssue::sequenceId,
                        ConformanceIssue::expected,
                        ConformanceIssue::actual)
                .containsExactly(tuple(IssueCode.WRONG_PLANE, Severity.ERROR, "5", "ax-t2", "AX", "COR"));
        assertThat(report.sequences().get(3))
                .extracting(
                        StudyConformanceReport.SequenceResult::status,
                        StudyConformanceReport.SequenceResult::seriesNumber)
                .containsExactly(StudyConformanceReport.SequenceStatus.WRONG_PLANE, "5");
        assertThat(report.series().get(4))
                .extracting(
                        StudyConformanceReport.SeriesResult::status,
                        StudyConformanceReport.SeriesResult::matchedSequenceId)
                .containsExactly(StudyConformanceReport.SeriesStatus.WRONG_PLANE, "ax-t2");
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.NON_CONFORMANT);
    }

    @ParameterizedTest(name = "post-contrast by description, pre-contrast twin {0}: {1} contrast issues")
    @CsvSource({"true, 0", "false, 1"})
    void aPostContrastDescriptionIsEvidenceOnlyWithAPreContrastTwin(boolean twin, int issues) {
        Recommendation r = recommend("discitis, fever", List.of(), "MR1", 90.0);
        List<SeriesHeader> s = routineLumbar();
        s.add(series(6, Plane.AX, SeriesClass.DWI, FatSuppression.NONE, AcquiredContrastPhase.UNKNOWN, 1.5, Map.of()));
        if (twin) {
            s.add(series(7, Plane.SAG, SeriesClass.T1, FatSuppression.SPECTRAL, AcquiredContrastPhase.PRE, 1.5, t1()));
        }
        s.add(
                series(8, Plane.SAG, SeriesClass.T1, FatSuppression.SPECTRAL, AcquiredContrastPhase.POST, 1.5, t1())
                        .toBuilder()
                        .evidence(List.of("description 't1_fs_sag post' "
                                + org.mrpa.dicom.SeriesClassifier.POST_CONTRAST_BY_DESCRIPTION))
                        .build());
        Map<String, Double> axT1 = new LinkedHashMap<>(t1());
        axT1.put("FieldOfView", 180.0);
        s.add(
                series(9, Plane.AX, SeriesClass.T1, FatSuppression.SPECTRAL, AcquiredContrastPhase.POST, 1.5, axT1)
                        .toBuilder()
                        .contrastAgent("gadoterate")
                        .build());
        StudyConformanceReport report = record(check(s, r));
        assertThat(report.sequences().get(5).seriesNumber()).isEqualTo("8");
        assertThat(report.issues())
                .filteredOn(i -> i.code() == IssueCode.CONTRAST_PHASE_UNKNOWN)
                .extracting(ConformanceIssue::seriesNumber, ConformanceIssue::severity, ConformanceIssue::actual)
                .containsExactlyElementsOf(
                        issues == 0 ? List.of() : List.of(tuple("8", Severity.WARNING, "not documented")));
    }

    @Test
    void below1TeslaParametersAreNotCheckedAndTheReportSaysSo() {
        List<SeriesHeader> s = routineLumbar().stream()
                .map(h -> h.toBuilder()
                        .fieldStrengthT(0.5)
                        .nominalFieldStrengthT(0.5)
                        .build())
                .toList();
        Recommendation r = recommend("sciatica 8 weeks", List.of(), "MR1", 90.0);
        StudyConformanceReport report = record(checker.check(s, List.of(), EXPECTED.fromRecommendation(r, 0.5)));
        assertThat(report.issues())
                .extracting(ConformanceIssue::code, ConformanceIssue::severity, ConformanceIssue::actual)
                .containsExactly(
                        tuple(IssueCode.FIELD_STRENGTH_BELOW_RANGES, Severity.INFO, "0.5 T"),
                        tuple(IssueCode.FIELD_STRENGTH_DIFFERS, Severity.WARNING, "0.5 T"));
        assertThat(report.sequences())
                .allSatisfy(q -> assertThat(q.parameters()).isEmpty());
    }

    @Test
    void anExtraSeriesIsAWarning() {
        List<SeriesHeader> s = routineLumbar();
        s.add(series(6, Plane.COR, SeriesClass.T2, FatSuppression.NONE, AcquiredContrastPhase.UNKNOWN, 1.5, t2()));
        StudyConformanceReport report = record(check(s, recommend("sciatica 8 weeks", List.of(), "MR1", 90.0)));
        assertThat(report.issues())
                .extracting(ConformanceIssue::code, ConformanceIssue::severity, ConformanceIssue::seriesNumber)
                .containsExactly(tuple(IssueCode.EXTRA_SERIES, Severity.WARNING, "6"));
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.NON_CONFORMANT);
    }

    @ParameterizedTest(name = "STIR TI {0} ms (range 140-170, tolerance 5 %), site severity {1}: {2} {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "160, -, -, -",
                "175, -, PARAMETER_WITHIN_TOLERANCE, WARNING",
                "220, -, PARAMETER_OUT_OF_RANGE, ERROR",
                "175, INFO, PARAMETER_WITHIN_TOLERANCE, INFO",
                "220, WARNING, PARAMETER_OUT_OF_RANGE, WARNING"
            })
    void aParameterInsideTheToleranceBandIsAWarningOutsideItAnErrorUnlessTheSiteSaysOtherwise(
            double ti, Severity site, IssueCode expected, Severity severity) {
        List<SeriesHeader> s = routineLumbar();
        Map<String, Double> stir = new LinkedHashMap<>(stir());
        stir.put("InversionTime", ti);
        s.set(3, series(4, Plane.SAG, SeriesClass.STIR, FatSuppression.STIR, AcquiredContrastPhase.UNKNOWN, 1.5, stir));
        ExpectedProtocol e = EXPECTED.fromRecommendation(recommend("sciatica 8 weeks", List.of(), "MR1", 90.0), 1.5);
        if (site != null) {
            e = new ExpectedProtocol(
                    e.protocolId(),
                    e.recommendationId(),
                    e.recommendedFieldStrengthT(),
                    e.sequences(),
                    e.safety(),
                    e.tolerancePercent(),
                    Map.of("InversionTime", site));
        }
        StudyConformanceReport report = record(checker.check(s, List.of(), e));
        assertThat(report.issues())
                .extracting(ConformanceIssue::code, ConformanceIssue::severity, ConformanceIssue::sequenceId)
                .containsExactlyElementsOf(
                        expected == null ? List.of() : List.of(tuple(expected, severity, "sag-stir")));
    }

    @Test
    void seriesAreMatchedByPropertiesNotByDescriptionOrOrder() {
        List<SeriesHeader> s = new ArrayList<>(routineLumbar());
        java.util.Collections.reverse(s);
        StudyConformanceReport report = check(s, recommend("sciatica 8 weeks", List.of(), "MR1", 90.0));
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.CONFORMANT);
    }

    @Test
    void postContrastWithUnknownPhaseIsMatchedWithANote() {
        Recommendation r = recommend("discitis, fever", List.of(), "MR1", 90.0);
        List<SeriesHeader> s = routineLumbar();
        s.add(series(
                6, Plane.AX, SeriesClass.DWI, FatSuppression.SPECTRAL, AcquiredContrastPhase.UNKNOWN, 1.5, Map.of()));
        s.add(series(7, Plane.SAG, SeriesClass.T1, FatSuppression.SPECTRAL, AcquiredContrastPhase.UNKNOWN, 1.5, t1()));
        Map<String, Double> axT1 = new LinkedHashMap<>(t1());
        axT1.put("FieldOfView", 180.0);
        s.add(series(8, Plane.AX, SeriesClass.T1, FatSuppression.SPECTRAL, AcquiredContrastPhase.POST, 1.5, axT1));
        StudyConformanceReport report = check(s, r);
        assertThat(report.sequences())
                .extracting(
                        StudyConformanceReport.SequenceResult::sequenceId,
                        StudyConformanceReport.SequenceResult::seriesNumber)
                .containsExactly(
                        tuple("sag-t1", "2"),
                        tuple("sag-t2", "3"),
                        tuple("sag-stir", "4"),
                        tuple("ax-t2", "5"),
                        tuple("ax-dwi", "6"),
                        tuple("sag-t1c-fs", "7"),
                        tuple("ax-t1c-fs", "8"));
        // issue 12: contrast not documented is a WARNING (was INFO), so the verdict is NON_CONFORMANT
        assertThat(report.issues())
                .extracting(ConformanceIssue::code, ConformanceIssue::seriesNumber, ConformanceIssue::severity)
                .containsExactly(tuple(IssueCode.CONTRAST_PHASE_UNKNOWN, "7", Severity.WARNING));
        assertThat(report.issues().get(0).message()).startsWith("Contrast not documented");
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.NON_CONFORMANT);
    }

    @Test
    void checkedAgainstACatalogProtocolWithoutRecommendationUsesTheAcquiredFieldStrengthRanges() {
        List<SeriesHeader> s = routineLumbar();
        Map<String, Double> p = new LinkedHashMap<>(stir());
        p.put("InversionTime", 220.0);
        s.set(3, series(4, Plane.SAG, SeriesClass.STIR, FatSuppression.STIR, AcquiredContrastPhase.UNKNOWN, 3.0, p));
        ExpectedProtocol e =
                EXPECTED.fromProtocol(CATALOG.protocol("deg-lumbar").orElseThrow(), 3.0);
        StudyConformanceReport report = checker.check(s, List.of(), e);
        assertThat(report.sequences().get(2).parameters())
                .filteredOn(c -> c.keyword().equals("InversionTime"))
                .extracting(
                        StudyConformanceReport.ParameterCheck::expected, StudyConformanceReport.ParameterCheck::verdict)
                .containsExactly(tuple(Range.of(200, 250), StudyConformanceReport.ParameterVerdict.IN_RANGE));
        assertThat(report.recommendationId()).isNull();
    }

    @Test
    void studyWithoutOrderIsCheckedAgainstTheBestFittingProtocolAndFlaggedNoOrder() {
        BestMatchingProtocol best = new BestMatchingProtocol(CATALOG, EXPECTED, checker);
        StudyConformanceReport report = record(best.check(routineLumbar(), List.of(), 1.5));
        assertThat(report.protocolId()).isEqualTo("deg-lumbar");
        assertThat(report.recommendationId()).isNull();
        assertThat(report.order().link()).isEqualTo(StudyConformanceReport.OrderLink.NO_ORDER);
        assertThat(report.order().detail())
                .isEqualTo("No order matched; best-fitting catalog protocol deg-lumbar (4 of 4 sequences acquired)");
        assertThat(report.issues())
                .extracting(ConformanceIssue::code, ConformanceIssue::severity, ConformanceIssue::actual)
                .containsExactly(
                        tuple(IssueCode.NO_ORDER, Severity.WARNING, "no recommendation for the accession number"));
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.NON_CONFORMANT);
        assertThat(report.issueCounts()).containsExactly(java.util.Map.entry(Severity.WARNING, 1L));

        List<SeriesHeader> sagittalOnly = routineLumbar().subList(0, 4);
        StudyConformanceReport partial = best.check(sagittalOnly, List.of(), 1.5);
        assertThat(partial.protocolId()).isEqualTo("deg-lumbar");
        assertThat(partial.issues())
                .extracting(ConformanceIssue::code)
                .containsExactly(IssueCode.SEQUENCE_MISSING, IssueCode.NO_ORDER);
    }

    @Test
    void anOverrideTakesTheChosenProtocolsSequencesButKeepsTheRecommendationsSafetyConstraints() {
        MrConditions c = new MrConditions(
                List.of(1.5), null, null, OperatingMode.NORMAL, null, null, null, null, null, null, null, null, null);
        Implant device = new Implant("device", ImplantType.OTHER, MrLabel.MR_CONDITIONAL, "left hip", null, c);
        Recommendation r = recommend("sciatica 8 weeks", List.of(device), "MR1", 90.0);
        Protocol other = CATALOG.protocol("infection-lumbar").orElseThrow();
        ExpectedProtocol e = EXPECTED.fromOverride(other, r, 1.5);
        assertThat(e.protocolId()).isEqualTo("infection-lumbar");
        assertThat(e.recommendationId()).isEqualTo(r.recommendationId());
        assertThat(e.safety().allowedFieldStrengthsT()).containsExactly(1.5);
        assertThat(e.safety().operatingModeNormalOnly()).isTrue();
        assertThat(e.sequences())
                .extracting(ExpectedProtocol.Sequence::id)
                .containsExactlyElementsOf(other.sequences().stream()
                        .map(org.mrpa.protocol.SequenceSpec::id)
                        .toList());
        assertThat(EXPECTED.fromOverride(CATALOG.protocol("deg-lumbar").orElseThrow(), r, 1.5))
                .isEqualTo(EXPECTED.fromRecommendation(r, 1.5));
        assertThat(EXPECTED.fromOverride(other, null, 1.5)).isEqualTo(EXPECTED.fromProtocol(other, 1.5));
    }

    static final java.util.Set<IssueCode> SEEN = java.util.EnumSet.noneOf(IssueCode.class);

    private StudyConformanceReport record(StudyConformanceReport r) {
        r.issues().forEach(i -> SEEN.add(i.code()));
        return r;
    }

    @Test
    void withinToleranceVaryingAndFieldStrengthDifferences() {
        List<SeriesHeader> s = routineLumbar();
        Map<String, Double> stir = new LinkedHashMap<>(stir());
        stir.put("InversionTime", 175.0);
        s.set(3, series(4, Plane.SAG, SeriesClass.STIR, FatSuppression.STIR, AcquiredContrastPhase.UNKNOWN, 1.5, stir));
        Map<String, MeasuredValue> varying = new LinkedHashMap<>(s.get(2).parameters());
        varying.put("EchoTime", new MeasuredValue(null, List.of(95.0, 105.0), true));
        SeriesHeader t2 = s.get(2);
        s.set(
                2,
                SeriesHeader.builder()
                        .seriesInstanceUid(t2.seriesInstanceUid())
                        .studyInstanceUid(t2.studyInstanceUid())
                        .accessionNumber(t2.accessionNumber())
                        .seriesNumber(t2.seriesNumber())
                        .seriesDescription(t2.seriesDescription())
                        .vendor(Vendor.SIEMENS)
                        .manufacturer("SIEMENS")
                        .model("Aera")
                        .fieldStrengthT(1.5)
                        .nominalFieldStrengthT(1.5)
                        .plane(Plane.SAG)
                        .obliquityDeg(0.0)
                        .classification(SeriesClass.T2)
                        .imageType(List.of())
                        .fatSuppression(FatSuppression.NONE)
                        .contrastPhase(AcquiredContrastPhase.UNKNOWN)
                        .parameters(varying)
                        .instances(20)
                        .frames(20)
                        .evidence(List.of())
                        .files(List.of())
                        .build());
        StudyConformanceReport report = record(check(s, recommend("sciatica 8 weeks", List.of(), "MR1", 90.0)));
        assertThat(report.issues())
                .extracting(ConformanceIssue::code, ConformanceIssue::sequenceId, ConformanceIssue::actual)
                .containsExactly(
                        tuple(IssueCode.PARAMETER_VARIES, "sag-t2", "[95.0, 105.0]"),
                        tuple(IssueCode.PARAMETER_WITHIN_TOLERANCE, "sag-stir", "175"));
        // issue 12: inside the tolerance band but outside the nominal range is a WARNING (was INFO)
        assertThat(report.issues().get(1).severity()).isEqualTo(Severity.WARNING);
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.NON_CONFORMANT);

        Recommendation at3 = recommend("sciatica 8 weeks", List.of(), "MR2", 90.0);
        StudyConformanceReport differs =
                record(checker.check(routineLumbar(), List.of(), EXPECTED.fromRecommendation(at3, 1.5)));
        assertThat(differs.issues())
                .extracting(ConformanceIssue::code, ConformanceIssue::expected, ConformanceIssue::actual)
                .contains(tuple(IssueCode.FIELD_STRENGTH_DIFFERS, "3 T", "1.5 T"));
    }

    @Test
    void contrastNotIndicatedB1rmsAndRecordedOperatingMode() {
        MrConditions c = new MrConditions(
                List.of(1.5), null, null, OperatingMode.NORMAL, null, null, 2.0, null, null, null, null, null, null);
        Implant device = new Implant("device", ImplantType.OTHER, MrLabel.MR_CONDITIONAL, "left hip", null, c);
        Recommendation r = recommend("sciatica 8 weeks", List.of(device), "MR1", 90.0);
        List<SeriesHeader> s = new ArrayList<>();
        for (SeriesHeader h : routineLumbar()) {
            Map<String, MeasuredValue> p = new LinkedHashMap<>(h.parameters());
            p.put("SAR", new MeasuredValue(1.0, List.of(1.0), false));
            p.put(
                    "B1rms",
                    new MeasuredValue(
                            h.seriesNumber().equals("3") ? 2.5 : 1.5,
                            List.of(h.seriesNumber().equals("3") ? 2.5 : 1.5),
                            false));
            s.add(SeriesHeader.builder()
                    .seriesInstanceUid(h.seriesInstanceUid())
                    .studyInstanceUid(h.studyInstanceUid())
                    .accessionNumber(h.accessionNumber())
                    .seriesNumber(h.seriesNumber())
                    .seriesDescription(h.seriesDescription())
                    .vendor(Vendor.GE)
                    .manufacturer("GE MEDICAL SYSTEMS")
                    .model("SIGNA")
                    .fieldStrengthT(1.5)
                    .nominalFieldStrengthT(1.5)
                    .plane(h.plane())
                    .obliquityDeg(0.0)
                    .mixedOrientations(h.mixedOrientations())
                    .classification(h.classification())
                    .imageType(List.of())
                    .fatSuppression(h.fatSuppression())
                    .contrastPhase(
                            h.seriesNumber().equals("2") ? AcquiredContrastPhase.POST : AcquiredContrastPhase.UNKNOWN)
                    .contrastAgent(h.seriesNumber().equals("2") ? "gadoterate" : null)
                    .operatingMode(h.seriesNumber().equals("4") ? "IEC_FIRST_LEVEL" : "IEC_NORMAL")
                    .parameters(p)
                    .instances(20)
                    .frames(20)
                    .evidence(List.of())
                    .files(List.of())
                    .build());
        }
        StudyConformanceReport report = record(check(s, r));
        assertThat(report.issues())
                .extracting(ConformanceIssue::code, ConformanceIssue::seriesNumber)
                .contains(
                        tuple(IssueCode.CONTRAST_NOT_INDICATED, "2"),
                        tuple(IssueCode.B1RMS_ABOVE_DEVICE_LIMIT, "3"),
                        tuple(IssueCode.OPERATING_MODE_ABOVE_LIMIT, "4"));
        assertThat(report.verdict()).isEqualTo(StudyConformanceReport.Verdict.SAFETY_DEVIATION);
    }

    @org.junit.jupiter.api.AfterAll
    static void everyIssueCodeIsProducedBySomeScenarioOfThisClass() {
        // the other tests assert each code; this guard fails when a new code is added without a scenario
        java.util.Set<IssueCode> missing = java.util.EnumSet.allOf(IssueCode.class);
        missing.removeAll(SEEN);
        missing.removeAll(java.util.EnumSet.of(
                IssueCode.SEQUENCE_MISSING,
                IssueCode.RECOMMENDED_SEQUENCE_MISSING,
                IssueCode.EXTRA_SERIES,
                IssueCode.REPEATED_SERIES,
                IssueCode.UNIDENTIFIABLE_SERIES,
                IssueCode.PARAMETER_OUT_OF_RANGE,
                IssueCode.CONTRAST_PHASE_UNKNOWN,
                IssueCode.FIELD_STRENGTH_NOT_ALLOWED,
                IssueCode.CONTRAST_GIVEN_WHEN_AVOIDED,
                IssueCode.SAR_ABOVE_DEVICE_LIMIT,
                IssueCode.OPERATING_MODE_NOT_RECORDED,
                IssueCode.GRE_NEAR_METAL,
                IssueCode.SPECTRAL_FAT_SUPPRESSION_NEAR_METAL,
                // raised by study/StudyChecks from the order or the request, asserted in OrderDecisionCheckResourceTest
                // and SafetyContextCheckResourceTest
                IssueCode.ORDER_AWAITING_DECISION,
                IssueCode.IMPLANT_DECLINED,
                IssueCode.NO_SAFETY_CONTEXT));
        assertThat(missing).as("issue codes without a scenario").isEmpty();
    }
}
