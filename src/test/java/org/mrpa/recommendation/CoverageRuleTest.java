package org.mrpa.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrpa.indication.IndicationMatch;
import org.mrpa.indication.IndicationMatcher;
import org.mrpa.protocol.catalog.CatalogLoader;

/** Coverage of clinical reference §1.5: sagittal span, whole-spine screen and the rule that decided. */
class CoverageRuleTest {

    static IndicationMatcher matcher;

    @BeforeAll
    static void load() {
        matcher = new IndicationMatcher(new CatalogLoader().load(Path.of("protocols")));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}-{2}, screen {3}, {4}")
    @CsvSource(delimiter = '|', textBlock = """
            ?CES, urinary retention, saddle anaesthesia                  | L1  | S1 | true  | COV-CES
            ?transverse myelitis, sensory level T8                       | C1  | T9 | false | COV-SENSORY-LEVEL
            progressive myelopathy, hyperreflexia                        | C1  | T12 | false | COV-CORD-NO-LEVEL
            ?spondilodiscitis L3/4, fever                                | T12 | S2 | true  | COV-INFECTION-SCREEN
            intradural extramedullary lesion at T7, no known malignancy  | T6  | T8 | false | COV-FOCAL-LESION
            expansile lesion at the conus (T12-L1), ?ependymoma          | T11 | L2 | false | COV-FOCAL-LESION
            known prostate ca, ?vertebral mets                           | C1  | S5 | false | COV-WHOLE-SPINE
            MVC, L1 burst fracture                                       | T12 | S2 | false | COV-REGION
            spinal epidural hematoma after LP at L3/4                    | L2  | L5 | false | COV-REGION
            """)
    void coversTheLevelsTheReferenceGives(String text, String from, String to, boolean screen, String code) {
        IndicationMatch m = matcher.match(text, List.of(), null);
        Coverage c = new CoverageRule(true).assess(m, text);
        assertThat(c.sagittal()).as(m.family() + " " + m.region()).isEqualTo(new Coverage.Span(from, to));
        assertThat(c.wholeSpineSagittalScreen()).isEqualTo(screen);
        assertThat(c.reasons()).extracting(r -> r.code()).containsExactly(code);
    }

    @ParameterizedTest(name = "CES screen by site policy {0}")
    @CsvSource({"true", "false"})
    void addsTheWholeSpineScreenForCaudaEquinaOnlyWhenTheSiteDoes(boolean screen) {
        String text = "?CES, urinary retention, saddle anaesthesia, L4/5 disc";
        Coverage c = new CoverageRule(screen).assess(matcher.match(text, List.of(), null), text);
        assertThat(c.wholeSpineSagittalScreen()).isEqualTo(screen);
        assertThat(c.sagittal()).isEqualTo(new Coverage.Span("L1", "S1"));
        assertThat(c.axial()).isEqualTo("L3-S1 (the affected levels and one level above and below)");
        assertThat(c.reasons().get(0).sitePolicy()).isEqualTo("referrals.cesWholeSpineScreen");
    }
}
