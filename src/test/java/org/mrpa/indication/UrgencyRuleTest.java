package org.mrpa.indication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrpa.protocol.catalog.CatalogLoader;
import org.mrpa.protocol.catalog.ProtocolCatalog;

/** Urgency levels of clinical reference §1.4 from referral text, with the rule code that decided. */
class UrgencyRuleTest {

    static IndicationMatcher matcher;

    @BeforeAll
    static void load() {
        ProtocolCatalog catalog = new CatalogLoader().load(Path.of("protocols"));
        matcher = new IndicationMatcher(catalog);
    }

    @ParameterizedTest(name = "\"{0}\" (age {1}) -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            LBP 2/52, unable to PU, numb saddle area, bilat sciatica. ?CES                     | 45 | EMERGENCY | URG-CES
            ?CAUDA EQUINA SYNDROME. NEW FAECAL INCONTINENCE, SADDLE ANAESTHESIA                | 61 | EMERGENCY | URG-CES
            L sciatica 3 weeks. No saddle anaesthesia, no leg weakness, reflexes normal        | 38 | ROUTINE   | URG-ROUTINE
            Acute LBP. CES screen negative: denies urinary retention or incontinence           | 33 | ROUTINE   | URG-ROUTINE
            IVDU, septic, thoracic back pain, ?epidural abscess                                 | 31 | EMERGENCY | URG-INFECTION-DEFICIT
            ?C5/6 discitis, fever, new weakness of both arms                                    | 58 | EMERGENCY | URG-INFECTION-DEFICIT
            ?discitis, fever, CRP 86. Neuro exam normal, no saddle anaesthesia                  | 67 | URGENT    | URG-INFECTION
            metastatic prostate ca, progressive leg weakness, ?MSCC                             | 74 | EMERGENCY | URG-MSCC-DEFICIT
            breast ca with bone mets. No leg weakness, no sensory level. ?MSCC                  | 63 | URGENT    | URG-MSCC-RISK
            Hx breast ca, thoracic back pain waking her at night. ?mets. No neuro sx            | 58 | URGENT    | URG-MSCC-RISK
            NSCLC staging. Asymptomatic, no back pain. ?vertebral mets                          | 66 | ROUTINE   | URG-ROUTINE
            MVC, CT C-spine no fracture, R arm weakness 4/5                                     | 47 | EMERGENCY | URG-TRAUMA-DEFICIT
            Fall from ladder, CT no fracture, neuro intact, no paraesthesia. ?ligamentous injury | 56 | ROUTINE   | URG-ROUTINE
            spinal epidural hematoma on apixaban, weakness of both legs                         | 82 | EMERGENCY | URG-HEMATOMA-DEFICIT
            psoas haematoma on rivaroxaban, no leg weakness or numbness                         | 77 | ROUTINE   | URG-ROUTINE
            ?transverse myelitis, 2 days of leg weakness and urinary retention                  | 29 | EMERGENCY | URG-MYELOPATHY-ACUTE-DEFICIT
            ?transverse myelitis, numbness over 5 days, power 5/5, bladder normal               | 34 | URGENT    | URG-MYELOPATHY-ACUTE
            cervical spondylotic myelopathy, 12 months of clumsy hands                          | 68 | ROUTINE   | URG-ROUTINE
            cervical myelopathy worse over 6 months, 3 falls                                    | 74 | URGENT    | URG-MYELOPATHY-PROGRESSION
            low back pain, night pain                                                            | 9  | URGENT    | URG-CHILD-RED-FLAGS
            low back pain, night pain                                                            | 40 | ROUTINE   | URG-ROUTINE
            low back pain, no night pain, no fever                                               | 14 | ROUTINE   | URG-ROUTINE
            low back pain, night pain                                                            | -  | ROUTINE   | URG-ROUTINE
            """)
    void givesTheLevelOfTheFirstRuleThatApplies(String text, Double age, Urgency.Level level, String code) {
        IndicationMatch m = matcher.match(text, List.of(), null);
        Urgency u = new UrgencyRule(true, 16.0).assess(m, age);
        assertThat(u.level()).as(m.family() + " " + m.urgencyCues()).isEqualTo(level);
        assertThat(u.reasons()).extracting(r -> r.code()).containsExactly(code);
        assertThat(u.reasons().get(0).reference()).isEqualTo("§1.4");
        assertThat(u.raisesFlag()).isEqualTo(level != Urgency.Level.ROUTINE);
    }

    @ParameterizedTest(name = "progression expedites: {0} -> {1}")
    @CsvSource({"true, URGENT", "false, ROUTINE"})
    void expeditesAChronicMyelopathyWithFallsOnlyWhenTheSiteDoes(boolean expedite, Urgency.Level level) {
        IndicationMatch m = matcher.match("cervical myelopathy worse over 6 months, 3 falls", List.of(), null);
        Urgency u = new UrgencyRule(expedite, 16.0).assess(m, 74.0);
        assertThat(u.level()).isEqualTo(level);
        assertThat(u.reasons().get(0).sitePolicy())
                .isEqualTo(expedite ? "referrals.chronicMyelopathyProgressionUrgent" : null);
    }
}
