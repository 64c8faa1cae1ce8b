package org.mrpa.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mrpa.screening.Fixtures.CATALOG;
import static org.mrpa.screening.Fixtures.POLICY;
import static org.mrpa.screening.Fixtures.adult;
import static org.mrpa.screening.Fixtures.booked;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrpa.advice.Flag;
import org.mrpa.advice.MotionMeasure;
import org.mrpa.advice.Reason;
import org.mrpa.protocol.ContrastNeed;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.Region;

class OtherRulesTest {

    @ParameterizedTest(name = "claustrophobia {0}, motion {1}, {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            NONE   | LOW  | LUMBAR   | 50 | ''                                                                       | false
            MILD   | LOW  | LUMBAR   | 50 | WIDE_BORE_OR_OPEN,FEET_FIRST                                             | false
            MILD   | LOW  | CERVICAL | 50 | WIDE_BORE_OR_OPEN                                                        | false
            SEVERE | LOW  | SIJ      | 50 | WIDE_BORE_OR_OPEN,FEET_FIRST,ABBREVIATED_PROTOCOL_PRIORITISED,ANXIOLYSIS_PER_LOCAL_POLICY | true
            NONE   | HIGH | LUMBAR   | 50 | MOTION_ROBUST_SEQUENCES,ABBREVIATED_PROTOCOL_PRIORITISED                 | true
            NONE   | HIGH | LUMBAR   | 5  | MOTION_ROBUST_SEQUENCES,ABBREVIATED_PROTOCOL_PRIORITISED,SEDATION_OR_ANAESTHESIA_PER_LOCAL_POLICY | true
            NONE   | HIGH | LUMBAR   | 8  | MOTION_ROBUST_SEQUENCES,ABBREVIATED_PROTOCOL_PRIORITISED                 | true
            """)
    void motionAndClaustrophobiaMeasures(
            Claustrophobia c, MotionRisk m, Region region, double age, String measures, boolean abbreviated) {
        MotionAdvice a = new MotionRule()
                .evaluate(adult().age(age).claustrophobia(c).motion(m).build(), region, booked("MR2"), POLICY);
        assertThat(a.measures())
                .containsExactlyElementsOf(
                        measures.isEmpty()
                                ? List.of()
                                : java.util.Arrays.stream(measures.split(","))
                                        .map(MotionMeasure::valueOf)
                                        .toList());
        assertThat(a.abbreviated()).isEqualTo(abbreviated);
        assertThat(a.flags().contains(Flag.CLAUSTROPHOBIA_MEASURES)).isEqualTo(c != Claustrophobia.NONE);
        assertThat(a.flags().contains(Flag.SEDATION_PER_LOCAL_POLICY)).isEqualTo(age < 8 && m == MotionRisk.HIGH);
    }

    @Test
    void narrowBookedBoreNamesTheWideBoreScanner() {
        MotionAdvice a = new MotionRule()
                .evaluate(adult().claustrophobia(Claustrophobia.MILD).build(), Region.LUMBAR, booked("MR2"), POLICY);
        assertThat(a.reasons().get(0).text()).contains("booked bore is 60 cm, MR1 is wide bore");
    }

    @ParameterizedTest(name = "age {0}, weight {1} on {2}: {3}")
    @CsvSource({
        "17.9, 60, MR1, PEDIATRIC",
        "18, 60, MR1, ''",
        "50, 201, MR2, TABLE_LIMIT_EXCEEDED",
        "50, 200, MR2, ''",
        "50, 251, MR1, TABLE_LIMIT_EXCEEDED"
    })
    void patientFactors(double age, double weight, String scanner, String flag) {
        Advisory a = new PatientFactorsRule()
                .evaluate(adult().age(age).weight(weight).build(), booked(scanner), POLICY);
        assertThat(a.flags()).isEqualTo(flag.isEmpty() ? List.of() : List.of(Flag.valueOf(flag)));
    }

    @Test
    void tableLimitNamesAScannerThatTakesTheWeight() {
        Advisory a = new PatientFactorsRule().evaluate(adult().weight(220).build(), booked("MR2"), POLICY);
        assertThat(a.reasons().get(0).text())
                .isEqualTo("Weight 220.0 kg is over the booked table limit of 200.0 kg; MR1 takes it.");
    }

    @Test
    void missingWeightIsFlaggedForTheSarModel() {
        Advisory a = new PatientFactorsRule().evaluate(new Fixtures.P().age(40).build(), booked("MR1"), POLICY);
        assertThat(a.flags()).containsExactly(Flag.WEIGHT_UNKNOWN);
        assertThat(a.reasons().get(0).sources()).containsExactly("S7");
    }

    @ParameterizedTest(name = "{0} red flags {1} management {2} age {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            DEG_LUMBAR   |              |                 | 50 | APPROPRIATENESS_USUALLY_NOT_APPROPRIATE | APP-LBP-V1-V2
            DEG_LUMBAR   |              | weeks,failed    | 50 |                                         | APP-LBP-V3
            DEG_LUMBAR   | weight loss  |                 | 50 |                                         |
            DEG_CERVICAL |              |                 | 50 |                                         |
            DEG_LUMBAR   |              | weeks           | 12 | APPROPRIATENESS_USUALLY_NOT_APPROPRIATE | APP-BACK-PAIN-CHILD
            MSCC         |              |                 | 70 | URGENT                                  | APP-MSCC-24H
            TRAUMA       |              |                 | 30 |                                         | APP-TRAUMA-CT-FIRST
            """)
    void appropriatenessAdvisories(
            Family family, String redFlags, String management, double age, String flag, String code) {
        Advisory a = new AppropriatenessRule()
                .evaluate(
                        family,
                        split(redFlags),
                        split(management),
                        adult().age(age).build(),
                        POLICY);
        assertThat(a.flags()).isEqualTo(flag == null ? List.of() : List.of(Flag.valueOf(flag)));
        assertThat(a.reasons()).extracting(Reason::code).isEqualTo(code == null ? List.of() : List.of(code));
    }

    private static List<String> split(String s) {
        return s == null ? List.of() : List.of(s.split(","));
    }

    @Test
    void contrastNeedTakesTheSiteOverrideThenTheIndicationException() {
        ContrastNeedRule rule = new ContrastNeedRule();
        assertThat(rule.evaluate(CATALOG.protocol("axspa-sij").orElseThrow(), List.of(), POLICY)
                        .need())
                .isEqualTo(ContrastNeed.OPTIONAL);
        ContrastNeedRule.Result cyst =
                rule.evaluate(CATALOG.protocol("cyst-lumbar").orElseThrow(), List.of(0), POLICY);
        assertThat(cyst.need()).isEqualTo(ContrastNeed.REQUIRED);
        assertThat(cyst.reasons())
                .extracting(Reason::code)
                .containsExactly("GAD-NEED-NOT-NEEDED", "GAD-NEED-INDICATION");
        assertThat(rule.evaluate(CATALOG.protocol("myelopathy-cervical").orElseThrow(), List.of(0), POLICY)
                        .need())
                .isEqualTo(ContrastNeed.NOT_NEEDED);
        assertThat(rule.evaluate(CATALOG.protocol("myelopathy-cervical").orElseThrow(), List.of(), POLICY)
                        .need())
                .isEqualTo(ContrastNeed.REQUIRED);
        assertThat(rule.evaluate(CATALOG.protocol("hematoma-paraspinal").orElseThrow(), List.of(), POLICY)
                        .need())
                .isEqualTo(ContrastNeed.RADIOLOGIST_DECISION);
    }
}
