package org.mrpa.indication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.Region;
import org.mrpa.protocol.catalog.CatalogLoader;
import org.mrpa.protocol.catalog.ProtocolCatalog;

class IndicationMatcherTest {

    static ProtocolCatalog catalog;
    static IndicationMatcher matcher;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().load(Path.of("protocols"));
        matcher = new IndicationMatcher(catalog);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Low back pain with left L5 radiculopahty for 8 weeks, failed physio | deg-lumbar
            LBP, sciatica                                                | deg-lumbar
            neck pain with right C6 radiculopathy                        | deg-cervical
            cervicle radiculopathy                                       | deg-cervical
            mid back pain                                                | deg-thoracic
            ? spondilodiscitis L3/4, fever, raised CRP                   | infection-lumbar
            r/o epidural abscess T8, IVDU                                | infection-thoracic
            osteomyelits of the cervical spine                           | infection-cervical
            known prostate ca, new leg weakness and urinary retention    | mscc-whole-spine
            MSCC                                                          | mscc-whole-spine
            breast cancer mets, back pain, no neuro deficit              | tumor-whole-spine
            fall from height, CT neg, ongoing neck pain and deficit      | trauma-cervical
            MVC, L1 burst fracture                                       | trauma-lumbar
            s/p L4-5 fusion, new radicular pain                          | postop-lumbar
            recurrent disc herniation after microdiscectomy              | postop-lumbar
            progressive myelopathy, hyperreflexia                        | myelopathy-cervical
            transverse myelitis thoracic cord                            | myelopathy-thoracic
            inflammatory back pain, HLA-B27 positive, ?sacroiliitis      | axspa-sij
            dermatomyositis, paraspinal muscle pain                      | myositis-paraspinal
            paraspinal mass, growing lump                                | mass-paraspinal
            psoas haematoma on apixaban                                  | hematoma-paraspinal
            spinal epidural hematoma after lumbar puncture               | hematoma-epidural
            tarlov cyst                                                   | cyst-lumbar
            orthostatic headache, ?SIH, CSF leak                         | csf-leak-whole-spine
            cord lesion on previous study                                | myelopathy-cervical
            """)
    void mapsReferralTextToTheExpectedProtocol(String text, String protocol) {
        IndicationMatch m = matcher.match(text, List.of(), null);
        assertThat(m.status()).isEqualTo(IndicationMatch.Status.MATCHED);
        assertThat(m.protocol().id()).as(m.reasons().toString()).isEqualTo(protocol);
    }

    @ParameterizedTest(name = "\"{0}\" is not {1}")
    @CsvSource(delimiter = '|', textBlock = """
            low back pain, no trauma, no fever                   | TRAUMA
            low back pain, no trauma, no fever                   | INFECTION
            back pain. Denies fever or weight loss               | INFECTION
            sciatica without history of cancer                   | TUMOR
            fracture ruled out on CT, persistent sciatica        | TRAUMA
            no improvement of sciatica after 6 weeks             | TRAUMA
            """)
    void negationRemovesATrigger(String text, Family notFamily) {
        IndicationMatch m = matcher.match(text, List.of(), null);
        assertThat(m.family()).isEqualTo(Family.DEG_LUMBAR).isNotEqualTo(notFamily);
    }

    @Test
    void pseudoNegationDoesNotNegateTheFinding() {
        IndicationMatch m = matcher.match("no improvement of sciatica after 6 weeks", List.of(), null);
        assertThat(m.evidence()).extracting(Evidence::trigger).containsExactly("sciatica");
        assertThat(m.evidence().get(0).assertion()).isEqualTo(Assertion.PRESENT);
    }

    @Test
    void suspicionAssertsTheConditionAndSaysSo() {
        IndicationMatch m = matcher.match("back pain, r/o discitis", List.of(), null);
        assertThat(m.family()).isEqualTo(Family.INFECTION);
        assertThat(m.evidence())
                .containsExactly(new Evidence(Evidence.Source.TEXT, "discitis", "discitis", Assertion.SUSPECTED, null));
        assertThat(m.otherFamilies())
                .extracting(IndicationMatch.FamilyEvidence::family)
                .containsExactly(Family.DEG_LUMBAR);
        assertThat(m.reasons()).extracting(r -> r.code()).contains("IND-FAMILY-MATCHED", "IND-PRECEDENCE");
    }

    @Test
    void misspellingIsRecognisedAndReportedAsCorrected() {
        IndicationMatch m = matcher.match("L5 radiculopahty", List.of(), null);
        assertThat(m.evidence())
                .containsExactly(
                        new Evidence(Evidence.Source.TEXT, "radiculopathy", "radiculopahty", Assertion.PRESENT, true));
        assertThat(m.regionEvidence()).extracting(Evidence::matched).containsExactly("L5");
    }

    @Test
    void icd10CodesTriggerFamiliesWithOrWithoutTheDot() {
        IndicationMatch withDot = matcher.match(null, List.of("M46.46"), null);
        IndicationMatch withoutDot = matcher.match("", List.of("m4646"), null);
        assertThat(withDot.protocol().id()).isEqualTo("infection-lumbar");
        assertThat(withoutDot.evidence())
                .containsExactly(new Evidence(Evidence.Source.ICD10, "M46.4", "M46.46", Assertion.PRESENT, null));
    }

    @Test
    void cancerCodeWithCordCompressionCodeIsMscc() {
        IndicationMatch m = matcher.match(null, List.of("C79.51", "G95.20"), null);
        assertThat(m.family()).isEqualTo(Family.MSCC);
    }

    @Test
    void regionHintWinsOverTheText() {
        IndicationMatch m = matcher.match("radiculopathy", List.of(), Region.CERVICAL);
        assertThat(m.protocol().id()).isEqualTo("deg-cervical");
        assertThat(m.regionEvidence()).extracting(Evidence::source).containsExactly(Evidence.Source.REGION_HINT);
    }

    @ParameterizedTest(name = "\"{0}\" is unsupported")
    @CsvSource(delimiter = '|', textBlock = """
            MRI brain for headache and seizure
            knee pain after twisting injury ?meniscal tear
            MRCP for biliary dilatation
            cardiac MRI, cardiomyopathy
            breast MRI screening
            MRI brain for MS
            """)
    void outOfScopeRegionsAreUnsupportedNeverMappedToASpineProtocol(String text) {
        IndicationMatch m = matcher.match(text, List.of(), null);
        assertThat(m.status()).as(text).isIn(IndicationMatch.Status.UNSUPPORTED_REGION);
        assertThat(m.protocol()).isNull();
        assertThat(m.outOfScope()).isNotEmpty();
    }

    @Test
    void aSpineClauseBesideAnOutOfScopeOneIsStillMatched() {
        IndicationMatch m =
                matcher.match("knee pain after twisting injury, also low back pain with sciatica", List.of(), null);
        assertThat(m.protocol().id()).isEqualTo("deg-lumbar");
        assertThat(m.otherFamilies()).isEmpty();
        assertThat(m.reasons()).extracting(r -> r.code()).contains("IND-OUT-OF-SCOPE-MENTION");
    }

    @Test
    void outOfScopeCodeIsUnsupported() {
        IndicationMatch m = matcher.match(null, List.of("M17.11"), null);
        assertThat(m.status()).isEqualTo(IndicationMatch.Status.UNSUPPORTED_REGION);
        assertThat(m.reasons()).extracting(r -> r.code()).containsExactly("IND-UNSUPPORTED-REGION");
    }

    @Test
    void unrecognisedTextIsNotGuessed() {
        IndicationMatch m = matcher.match("routine check", List.of(), Region.LUMBAR);
        assertThat(m.status()).isEqualTo(IndicationMatch.Status.NOT_RECOGNISED);
        assertThat(m.protocol()).isNull();
    }

    @Test
    void longerPhraseOfAnotherFamilyShadowsTheShorterOne() {
        IndicationMatch m = matcher.match("cord lesion", List.of(), null);
        assertThat(m.family()).isEqualTo(Family.MYELOPATHY);
        assertThat(m.otherFamilies()).isEmpty();
    }

    @Test
    void contrastExceptionIsReportedForSpondyloticMyelopathy() {
        IndicationMatch m = matcher.match("cervical spondylotic myelopathy", List.of(), null);
        assertThat(m.protocol().id()).isEqualTo("myelopathy-cervical");
        assertThat(m.contrastExceptions()).containsExactly(0);
    }

    @Test
    void redFlagsAndPriorManagementAreCollected() {
        IndicationMatch m =
                matcher.match("low back pain 8 weeks, failed physiotherapy, weight loss, no fever", List.of(), null);
        assertThat(m.redFlags()).containsExactly("weight loss");
        assertThat(m.priorManagement()).containsExactly("weeks", "failed", "physiotherapy");
    }

    @Test
    void reasonsComeInAFixedOrder() {
        IndicationMatch m = matcher.match("knee pain, thoracic back pain, ?discitis, no trauma", List.of(), null);
        assertThat(m.protocol().id()).isEqualTo("infection-thoracic");
        assertThat(m.reasons())
                .extracting(r -> r.code())
                .containsExactly("IND-FAMILY-MATCHED", "IND-PRECEDENCE", "IND-NEGATED", "IND-OUT-OF-SCOPE-MENTION");
        IndicationMatch assumed = matcher.match("no trauma, discitis", List.of("M17.11"), null);
        assertThat(assumed.reasons())
                .extracting(r -> r.code())
                .containsExactly("IND-FAMILY-MATCHED", "IND-NEGATED", "IND-OUT-OF-SCOPE-MENTION", "IND-REGION-ASSUMED");
    }

    @Test
    void intrathecalGadoliniumRequestIsDetected() {
        IndicationMatch m = matcher.match("CSF leak, please do intrathecal gadolinium myelography", List.of(), null);
        assertThat(m.family()).isEqualTo(Family.CSF_LEAK);
        assertThat(m.intrathecalRequested()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MRI brain with gadolinium please. ?MS - optic neuritis, tingling in both legs | UNSUPPORTED_REGION
            MRI L hip: groin pain, ?AVN. L-spine X-ray normal                          | UNSUPPORTED_REGION
            MRI both thighs (STIR) for dermatomyositis                                  | UNSUPPORTED_REGION
            MRI head with contrast: orthostatic headache, ?SIH                          | UNSUPPORTED_REGION
            Known RRMS, numb hands. MRI C-spine with gad ?new cord lesion               | MATCHED
            Brain MRI done: SIH. Please MR myelogram of the whole spine, CSF leak      | MATCHED
            MRI 2019: cervical spondylosis. ?progressive cervical myelopathy            | MATCHED
            """)
    void anExaminationOfAnotherOrganIsOutOfScopeEvenForASpinalDisease(String text, IndicationMatch.Status status) {
        assertThat(matcher.match(text, List.of(), null).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} with {1} -> out-of-scope mentions {2}")
    @CsvSource(delimiter = '|', textBlock = """
            known bone mets, ?MSCC, leg weakness | C50.9 | MSCC  | 0
            ?vertebral mets, staging             | C61   | TUMOR | 0
            """)
    void cancerCodesOfASpineMetastasisRequestAreNotOutOfScopeMentions(
            String text, String code, Family family, int mentions) {
        IndicationMatch m = matcher.match(text, List.of(code), null);
        assertThat(m.family()).isEqualTo(family);
        assertThat(m.outOfScope()).hasSize(mentions);
        assertThat(m.reasons()).extracting(r -> r.code()).doesNotContain("IND-OUT-OF-SCOPE-MENTION");
    }
}
