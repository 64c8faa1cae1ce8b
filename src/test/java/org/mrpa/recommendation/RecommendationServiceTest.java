package org.mrpa.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrpa.advice.Flag;
import org.mrpa.advice.GadoliniumDecision;
import org.mrpa.advice.ImplantDecision;
import org.mrpa.advice.Reason;
import org.mrpa.indication.Urgency;
import org.mrpa.protocol.ContrastPhase;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.LicensedOption;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.Region;
import org.mrpa.protocol.Weighting;
import org.mrpa.protocol.catalog.CatalogLoader;
import org.mrpa.protocol.catalog.ProtocolCatalog;
import org.mrpa.screening.BookedScanner;
import org.mrpa.screening.Claustrophobia;
import org.mrpa.screening.Implant;
import org.mrpa.screening.ImplantType;
import org.mrpa.screening.MrConditions;
import org.mrpa.screening.MrLabel;
import org.mrpa.screening.PatientScreening;
import org.mrpa.screening.PregnancyStatus;
import org.mrpa.screening.Sex;

class RecommendationServiceTest {

    static final ProtocolCatalog CATALOG = new CatalogLoader().load(Path.of("protocols"));
    final RecommendationService service = new RecommendationService(
            CATALOG,
            new InMemoryRecommendationStore(100),
            Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));

    static PatientScreening patient(Double egfr, Claustrophobia claustrophobia, List<Implant> implants) {
        return new PatientScreening(
                60.0, Sex.MALE, 80.0, egfr, null, null, null, null, null, null, implants, claustrophobia, null);
    }

    static RecommendationRequest request(String text, PatientScreening p, BookedScanner s) {
        return new RecommendationRequest("ACC1", new IndicationInput(text, null, null), p, s, null);
    }

    static BookedScanner scanner(String id, LicensedOption... options) {
        return new BookedScanner(id, null, null, null, null, options.length == 0 ? null : List.of(options));
    }

    static String sig(PlannedSequence s) {
        return s.order() + " " + s.id() + " " + s.template() + " " + s.plane() + " " + s.weighting() + " "
                + s.contrastPhase() + (s.conditional() ? " conditional" : "")
                + (s.acquireIfTolerated() ? " if-tolerated" : "");
    }

    @Test
    void routineLumbarIsTheCatalogProtocolUnchangedWithCatalogRangesAt15T() {
        Recommendation r = service.recommend(
                request("L5 radiculopathy 8 weeks, failed physio", patient(90.0, null, List.of()), scanner("MR1")));
        assertThat(r.supported()).isTrue();
        assertThat(r.catalogVersion()).isEqualTo(CATALOG.version());
        assertThat(r.createdAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(r.protocol().id()).isEqualTo("deg-lumbar");
        assertThat(r.protocol().variants()).isEmpty();
        assertThat(r.sequences())
                .extracting(RecommendationServiceTest::sig)
                .containsExactly(
                        "1 sag-t1 T1_TSE SAG T1 PRE",
                        "2 sag-t2 T2_TSE SAG T2 PRE",
                        "3 sag-stir STIR SAG STIR PRE",
                        "4 ax-t2 T2_TSE AX T2 PRE");
        PlannedSequence stir = r.sequences().get(2);
        assertThat(stir.parameters().inversionTimeMs()).isEqualTo(Range.of(140, 170));
        assertThat(stir.parameters().sliceThicknessMm()).isEqualTo(Range.of(3, 4));
        assertThat(stir.parameters().fieldOfViewMm()).isEqualTo(Range.of(260, 320));
        assertThat(stir.parameters().receiverBandwidthHzPerPixel()).isEqualTo(Range.of(130, 250));
        assertThat(r.gadolinium().decision()).isEqualTo(GadoliniumDecision.NOT_INDICATED);
        assertThat(r.implantSafety().decision()).isEqualTo(ImplantDecision.NOT_APPLICABLE);
        assertThat(r.flags()).isEmpty();
        assertThat(service.find(r.recommendationId())).contains(r);
    }

    @Test
    void at3TTheStirInversionTimeIsThe3TRange() {
        Recommendation r =
                service.recommend(request("sciatica, failed physio", patient(90.0, null, List.of()), scanner("MR2")));
        assertThat(r.scanner().recommendedFieldStrengthT()).isEqualTo(3.0);
        assertThat(r.sequences().get(2).parameters().inversionTimeMs()).isEqualTo(Range.of(200, 250));
    }

    @Test
    void infectionWithEgfr25GivesMacrocyclicAtLabelDoseWithPostContrastSequences() {
        Recommendation r = service.recommend(
                request("?spondilodiscitis L3/4, fever", patient(25.0, null, List.of()), scanner("MR1")));
        assertThat(r.protocol().id()).isEqualTo("infection-lumbar");
        assertThat(r.gadolinium().decision()).isEqualTo(GadoliniumDecision.GIVE);
        assertThat(r.gadolinium().agents().get(0).agent()).isEqualTo("gadobutrol");
        assertThat(r.gadolinium().agents().get(0).totalDoseMmol()).isEqualTo(8.0);
        assertThat(r.flags()).containsExactlyInAnyOrder(Flag.EGFR_BELOW_30, Flag.DOCUMENT_RISK_BENEFIT, Flag.URGENT);
        assertThat(r.urgency().level()).isEqualTo(Urgency.Level.URGENT);
        assertThat(r.sequences())
                .extracting(RecommendationServiceTest::sig)
                .containsExactly(
                        "1 sag-t1 T1_TSE SAG T1 PRE",
                        "2 sag-t2 T2_TSE SAG T2 PRE",
                        "3 sag-stir STIR SAG STIR PRE",
                        "4 ax-t2 T2_TSE AX T2 PRE",
                        "5 ax-dwi DWI_SS_EPI AX DWI PRE",
                        "6 sag-t1c-fs T1_FS SAG T1C_FS POST",
                        "7 ax-t1c-fs T1_FS AX T1C_FS POST");
        assertThat(r.sequences().get(5).notes()).containsExactly("start about 3-5 min after injection");
    }

    @Test
    void infectionWithUnknownPregnancyStatusFallsBackToTheNoContrastVariant() {
        PatientScreening woman = new PatientScreening(
                30.0, Sex.FEMALE, 60.0, 90.0, null, null, null, null, null, null, null, null, null);
        Recommendation r = service.recommend(request("discitis", woman, scanner("MR1")));
        assertThat(r.gadolinium().decision()).isEqualTo(GadoliniumDecision.AVOID);
        assertThat(r.protocol().variants()).containsExactly(ProtocolTailor.Variant.NO_CONTRAST);
        assertThat(r.sequences()).noneMatch(s -> s.contrastPhase() == ContrastPhase.POST);
        assertThat(r.omittedSequences())
                .extracting(OmittedSequence::id, OmittedSequence::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sag-t1c-fs", "REC-NO-CONTRAST"),
                        org.assertj.core.groups.Tuple.tuple("ax-t1c-fs", "REC-NO-CONTRAST"));
        assertThat(r.flags()).contains(Flag.PREGNANCY_STATUS_UNKNOWN, Flag.PREGNANCY_NORMAL_MODE);
        assertThat(r.implantSafety().constraints().operatingMode()).isEqualTo(org.mrpa.screening.OperatingMode.NORMAL);
        assertThat(r.reasons()).extracting(Reason::code).contains("PREG-STATUS-NOT-STATED");
    }

    @Test
    void pregnancyMakesPostContrastSequencesConditional() {
        PatientScreening pregnant = new PatientScreening(
                30.0, Sex.FEMALE, 60.0, 90.0, null, null, PregnancyStatus.PREGNANT, 20, null, null, null, null, null);
        Recommendation r = service.recommend(request("epidural abscess", pregnant, scanner("MR1")));
        assertThat(r.gadolinium().decision()).isEqualTo(GadoliniumDecision.RADIOLOGIST_DECISION);
        assertThat(r.sequences())
                .filteredOn(s -> s.contrastPhase() == ContrastPhase.POST)
                .allMatch(PlannedSequence::conditional)
                .hasSize(2);
    }

    @Test
    void fusionHardwareBookedAt3TIsReroutedTo15TAndTheSequenceListChangesForMetal() {
        MrConditions c = new MrConditions(
                List.of(1.5),
                null,
                20.0,
                org.mrpa.screening.OperatingMode.NORMAL,
                2.0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        Implant screws = new Implant(
                "pedicle screws", ImplantType.SPINAL_FUSION_HARDWARE, MrLabel.MR_CONDITIONAL, "L4-S1", null, c);
        Recommendation r = service.recommend(
                request("s/p L4-S1 fusion, new leg pain", patient(70.0, null, List.of(screws)), scanner("MR2")));
        assertThat(r.protocol().id()).isEqualTo("postop-lumbar");
        assertThat(r.implantSafety().decision()).isEqualTo(ImplantDecision.PROCEED_WITH_CONDITIONS);
        assertThat(r.scanner().recommendedScannerId()).isEqualTo("MR1");
        assertThat(r.scanner().recommendedFieldStrengthT()).isEqualTo(1.5);
        assertThat(r.flags()).containsExactlyInAnyOrder(Flag.REROUTE_TO_1_5T, Flag.HARDWARE_IN_FOV);
        assertThat(r.protocol().variants())
                .containsExactly(ProtocolTailor.Variant.CONTRAST, ProtocolTailor.Variant.MARS);
        assertThat(r.sequences())
                .extracting(RecommendationServiceTest::sig)
                .containsExactly(
                        "1 sag-t1 T1_TSE SAG T1 PRE",
                        "2 sag-t2 T2_TSE SAG T2 PRE",
                        "3 sag-fluid-fs T2_DIXON SAG FLUID_FS PRE",
                        "4 ax-t1 T1_TSE AX T1 PRE",
                        "5 ax-t2 T2_TSE AX T2 PRE",
                        "6 sag-t1c-fs T1_DIXON SAG T1C_FS POST",
                        "7 ax-t1c-fs T1_DIXON AX T1C_FS POST");
        assertThat(r.sequences())
                .allMatch(s -> s.parameters().receiverBandwidthHzPerPixel().equals(Range.of(260, 1000)));
        assertThat(r.sequences()).noneMatch(s -> s.fatSuppression() == FatSuppression.SPECTRAL);
    }

    @Test
    void metalWithoutDixonLicenceUsesStirAndSubtractionAndDropsGreAndEpi() {
        Implant screws = new Implant(
                "plate",
                ImplantType.SPINAL_FUSION_HARDWARE,
                MrLabel.MR_CONDITIONAL,
                "L3-L4",
                null,
                new MrConditions(
                        List.of(1.5, 3.0), null, null, null, null, null, null, null, null, null, null, null, null));
        BookedScanner noDixon = new BookedScanner(null, 1.5, null, null, null, List.of());
        Recommendation r = service.recommend(request("lumbar discitis", patient(90.0, null, List.of(screws)), noDixon));
        assertThat(r.sequences())
                .extracting(RecommendationServiceTest::sig)
                .containsExactly(
                        "1 sag-t1 T1_TSE SAG T1 PRE",
                        "2 sag-t2 T2_TSE SAG T2 PRE",
                        "3 sag-stir STIR SAG STIR PRE",
                        "4 ax-t2 T2_TSE AX T2 PRE",
                        "5 ax-t1-tse-pre T1_TSE AX T1 PRE",
                        "6 sag-t1c-fs T1_TSE SAG T1C POST",
                        "7 ax-t1c-fs T1_TSE AX T1C POST",
                        "8 sag-t1c-fs-sub SUBTRACTION SAG SUBTRACTION POST",
                        "9 ax-t1c-fs-sub SUBTRACTION AX SUBTRACTION POST");
        assertThat(r.omittedSequences())
                .extracting(OmittedSequence::id, OmittedSequence::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ax-dwi", "MARS-NO-SS-EPI-DWI"));
        assertThat(r.sequences())
                .noneMatch(s -> s.weighting() == Weighting.STIR && s.contrastPhase() == ContrastPhase.POST);
    }

    @Test
    void traumaNearMetalOmitsTheT2StarGradientEcho() {
        Implant plate = new Implant(
                "ACDF plate",
                ImplantType.SPINAL_FUSION_HARDWARE,
                MrLabel.MR_CONDITIONAL,
                "C5-6",
                null,
                new MrConditions(List.of(1.5), null, null, null, null, null, null, null, null, null, null, null, null));
        Recommendation r = service.recommend(
                request("fall, neck injury, deficit", patient(90.0, null, List.of(plate)), scanner("MR1")));
        assertThat(r.protocol().id()).isEqualTo("trauma-cervical");
        assertThat(r.omittedSequences())
                .extracting(OmittedSequence::id, OmittedSequence::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ax-t2star", "MARS-NO-GRE"));
    }

    @Test
    void severeClaustrophobiaPutsTheKeySequencesFirst() {
        Recommendation r = service.recommend(
                request("sciatica, 8 weeks", patient(90.0, Claustrophobia.SEVERE, List.of()), scanner("MR1")));
        assertThat(r.protocol().variants()).containsExactly(ProtocolTailor.Variant.ABBREVIATED);
        assertThat(r.sequences())
                .extracting(RecommendationServiceTest::sig)
                .containsExactly(
                        "1 sag-t2 T2_TSE SAG T2 PRE",
                        "2 ax-t2 T2_TSE AX T2 PRE",
                        "3 sag-t1 T1_TSE SAG T1 PRE",
                        "4 sag-stir STIR SAG STIR PRE if-tolerated");
    }

    @Test
    void reasonsFollowTheRuleOrderAfterTheIndicationMatch() {
        Implant screws = new Implant(
                "pedicle screws",
                ImplantType.SPINAL_FUSION_HARDWARE,
                MrLabel.MR_CONDITIONAL,
                "L4-S1",
                null,
                new MrConditions(
                        List.of(1.5, 3.0), null, null, null, null, null, null, null, null, null, null, null, null));
        PatientScreening woman = PatientScreening.builder()
                .ageYears(30.0)
                .sex(Sex.FEMALE)
                .egfr(90.0)
                .claustrophobia(Claustrophobia.SEVERE)
                .implants(List.of(screws))
                .build();
        Recommendation r = service.recommend(request("low back pain", woman, scanner("MR2")));
        assertThat(r.reasons())
                .extracting(Reason::code)
                .containsExactly(
                        "IND-FAMILY-MATCHED",
                        "PREG-STATUS-NOT-STATED",
                        "REC-FIELD-MARS",
                        "MOT-ABBREVIATED",
                        "PAT-WEIGHT-UNKNOWN",
                        "APP-LBP-V1-V2");
        assertThat(r.flags())
                .containsExactly(
                        Flag.APPROPRIATENESS_USUALLY_NOT_APPROPRIATE,
                        Flag.DOCUMENT_RISK_BENEFIT,
                        Flag.PREGNANCY_NORMAL_MODE,
                        Flag.HARDWARE_IN_FOV,
                        Flag.WEIGHT_UNKNOWN,
                        Flag.CLAUSTROPHOBIA_MEASURES);
    }

    @Test
    void unsupportedRegionHasNoProtocolAndSaysWhy() {
        Recommendation r = service.recommend(request("MRI knee, meniscal tear", patient(90.0, null, List.of()), null));
        assertThat(r.supported()).isFalse();
        assertThat(r.protocol()).isNull();
        assertThat(r.sequences()).isEmpty();
        assertThat(r.flags()).containsExactly(Flag.UNSUPPORTED_REGION);
        assertThat(r.reasons()).extracting(Reason::code).containsExactly("IND-UNSUPPORTED-REGION");
        assertThat(r.scanner().bookedScannerId()).isEqualTo("MR1");
    }

    @Test
    void regionHintSelectsTheRegionalProtocol() {
        RecommendationRequest req = new RecommendationRequest(
                null,
                new IndicationInput("discitis", null, Region.CERVICAL),
                patient(90.0, null, List.of()),
                null,
                null);
        assertThat(service.recommend(req).protocol().id()).isEqualTo("infection-cervical");
    }

    @Test
    void unknownScannerIdIsRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> service.recommend(request("sciatica", null, scanner("MR9"))))
                .isInstanceOf(UnknownScannerException.class)
                .hasMessageContaining("'MR9' is not a scanner of the site policy");
    }

    @Test
    void everyReasonOfEveryExampleCitesKnownSourcesAndAReferenceSection() {
        MrConditions c = new MrConditions(
                List.of(1.5),
                null,
                20.0,
                org.mrpa.screening.OperatingMode.NORMAL,
                2.0,
                null,
                2.0,
                null,
                null,
                null,
                6,
                true,
                true);
        List<Recommendation> all = List.of(
                service.recommend(request(
                        "?spondilodiscitis",
                        patient(
                                20.0,
                                Claustrophobia.SEVERE,
                                List.of(new Implant(
                                        "pacer", ImplantType.PACEMAKER_ICD, MrLabel.MR_CONDITIONAL, "chest", 10, c))),
                        scanner("MR2"))),
                service.recommend(request("MSCC, prostate ca", patient(null, null, List.of()), null)),
                service.recommend(request("CSF leak, intrathecal gadolinium", patient(null, null, List.of()), null)));
        for (Recommendation r : all) {
            List<Reason> reasons = new java.util.ArrayList<>(r.reasons());
            reasons.addAll(r.gadolinium().reasons());
            reasons.addAll(r.implantSafety().reasons());
            r.implantSafety().implants().forEach(a -> reasons.addAll(a.reasons()));
            reasons.addAll(r.artifactReduction().reasons());
            reasons.addAll(r.motion().reasons());
            assertThat(reasons).allSatisfy(reason -> {
                assertThat(reason.code()).matches("[A-Z0-9_]+(-[A-Z0-9_]+)+");
                assertThat(reason.reference()).matches("§[0-9](\\.[0-9])?");
                assertThat(reason.sources()).allMatch(s -> s.matches("S([1-9]|1[0-9]|2[0-6])"));
            });
        }
    }
}
