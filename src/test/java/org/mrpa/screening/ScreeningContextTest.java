package org.mrpa.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mrpa.screening.Fixtures.CATALOG;
import static org.mrpa.screening.Fixtures.POLICY;
import static org.mrpa.screening.Fixtures.adult;
import static org.mrpa.screening.Fixtures.booked;
import static org.mrpa.screening.Fixtures.conditional;
import static org.mrpa.screening.Fixtures.conditions;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrpa.advice.Flag;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.indication.IndicationMatch;
import org.mrpa.indication.IndicationMatcher;

class ScreeningContextTest {

    static final IndicationMatch SCIATICA = new IndicationMatcher(CATALOG).match("sciatica", null, null);

    /** A rule that gives a fixed outcome. */
    record Fixed(String decision, ScanConstraints limits, List<Flag> flags, List<Reason> reasons)
            implements ScreeningRule<String> {
        @Override
        public RuleOutcome<String> apply(ScreeningContext context) {
            return new RuleOutcome<>(decision, limits, flags, reasons);
        }
    }

    /** Another rule that gives a fixed outcome. */
    record Other(List<Flag> flags, List<Reason> reasons) implements ScreeningRule<String> {
        @Override
        public RuleOutcome<String> apply(ScreeningContext context) {
            return RuleOutcome.of("other").withFlags(flags).withReasons(reasons);
        }
    }

    static Reason reason(ReasonCode code) {
        return Reason.of(code, code.code(), "§1");
    }

    static ScreeningContext context(PatientScreening patient, ScannerContext scanners) {
        return new ScreeningContext(SCIATICA, patient, scanners, POLICY, CATALOG.lexicon());
    }

    @Test
    void flagsAreMergedOnceEachInVocabularyOrderAndReasonsInTheOrderTheRulesRan() {
        ScreeningContext c = context(adult().build(), booked("MR1"))
                .screen(List.of(
                        new Fixed(
                                "a",
                                null,
                                List.of(Flag.PEDIATRIC, Flag.URGENT),
                                List.of(reason(ReasonCode.PAT_PEDIATRIC))),
                        new Other(
                                List.of(Flag.PEDIATRIC, Flag.EGFR_BELOW_30),
                                List.of(reason(ReasonCode.APP_MSCC_24H), reason(ReasonCode.GAD_EGFR_LT30)))));
        assertThat(c.flags()).containsExactly(Flag.URGENT, Flag.EGFR_BELOW_30, Flag.PEDIATRIC);
        assertThat(c.reasons())
                .extracting(Reason::code)
                .containsExactly("PAT-PEDIATRIC", "APP-MSCC-24H", "GAD-EGFR-LT30");
    }

    @Test
    void aRuleThatRunsAgainReplacesItsEarlierOutcomeInItsPlace() {
        ScreeningContext c = context(adult().build(), booked("MR1"))
                .screen(List.of(
                        new Fixed("first", null, List.of(Flag.URGENT), List.of(reason(ReasonCode.APP_MSCC_24H))),
                        new Other(List.of(), List.of(reason(ReasonCode.PAT_WEIGHT_UNKNOWN))),
                        new Fixed("second", null, List.of(), List.of(reason(ReasonCode.APP_LBP_V3)))));
        assertThat(c.decision(Fixed.class)).isEqualTo("second");
        assertThat(c.flags()).isEmpty();
        assertThat(c.reasons()).extracting(Reason::code).containsExactly("APP-LBP-V3", "PAT-WEIGHT-UNKNOWN");
    }

    @Test
    void constraintsAreTheLimitsOfEveryOutcomeAtOnce() {
        ScreeningContext c = context(adult().build(), booked("MR1"))
                .screen(List.of(
                        new Fixed(
                                "a",
                                ScanConstraints.builder()
                                        .allowedFieldStrengthsT(List.of(1.5, 3.0))
                                        .build(),
                                List.of(),
                                List.of()),
                        new Other(List.of(), List.of()),
                        new Fixed(
                                "b",
                                ScanConstraints.builder()
                                        .operatingMode(OperatingMode.NORMAL)
                                        .build(),
                                List.of(),
                                List.of())));
        assertThat(c.constraints())
                .isEqualTo(ScanConstraints.builder()
                        .operatingMode(OperatingMode.NORMAL)
                        .build());
        assertThat(context(adult().build(), booked("MR1")).constraints()).isEqualTo(ScanConstraints.NONE);
    }

    @Test
    void readingTheDecisionOfARuleThatHasNotRunFailsNamingIt() {
        ScreeningContext c = context(adult().build(), booked("MR1")).screen(List.of(new PregnancyScreen()));
        assertThatThrownBy(() -> new GadoliniumRule().apply(c))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ContrastNeedRule has not run; a rule that needs it must run after it");
    }

    @Test
    void theScannerInForceIsTheBookedOneUntilTheScannerChoiceMovesThePatient() {
        PatientScreening screws = adult().implant(
                        conditional(ImplantType.SPINAL_FUSION_HARDWARE, "L4-S1", conditions(List.of(1.5))))
                .build();
        ScreeningContext before = context(screws, booked("MR2"))
                .screen(List.of(
                        new PregnancyScreen(),
                        new ContrastNeedRule(),
                        new GadoliniumRule(),
                        new ImplantSafetyRule(),
                        new MetalArtifactRule()));
        assertThat(before.scanners().booked().id()).isEqualTo("MR2");
        ScreeningContext after = before.screen(List.of(new ScannerChoiceRule(), new MetalArtifactRule()));
        assertThat(after.decision(ScannerChoiceRule.class).rerouted()).isTrue();
        assertThat(after.scanners().booked().id()).isEqualTo("MR1");
        assertThat(after.scanners().alternatives()).extracting(s -> s.id()).containsExactly("MR2");
        assertThat(after.booked().booked().id()).isEqualTo("MR2");
        assertThat(after.decision(MetalArtifactRule.class).measures())
                .doesNotContain(org.mrpa.advice.ArtifactMeasure.PREFER_1_5T);
        assertThat(before.decision(MetalArtifactRule.class).measures())
                .contains(org.mrpa.advice.ArtifactMeasure.PREFER_1_5T);
    }
}
