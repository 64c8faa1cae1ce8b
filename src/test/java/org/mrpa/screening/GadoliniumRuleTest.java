package org.mrpa.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mrpa.screening.Fixtures.POLICY;
import static org.mrpa.screening.Fixtures.adult;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrpa.advice.Flag;
import org.mrpa.advice.GadoliniumDecision;
import org.mrpa.advice.Reason;
import org.mrpa.protocol.ContrastNeed;
import org.mrpa.protocol.SitePolicy;

class GadoliniumRuleTest {

    private final GadoliniumRule rule = new GadoliniumRule();

    private GadoliniumAdvice give(Fixtures.P p) {
        PatientScreening s = p.build();
        return rule.evaluate(
                ContrastNeed.REQUIRED, s, PregnancyScreen.effective(s, POLICY).status(), false, POLICY);
    }

    private static List<String> codes(GadoliniumAdvice a) {
        return a.reasons().stream().map(Reason::code).toList();
    }

    @ParameterizedTest(name = "eGFR {0}: {1} {2}")
    @CsvSource({
        "90,   GIVE, GAD-EGFR-GE30,  ''",
        "30.1, GIVE, GAD-EGFR-GE30,  ''",
        "30,   GIVE, GAD-EGFR-GE30,  ''",
        "29.9, GIVE, GAD-EGFR-LT30,  EGFR_BELOW_30",
        "15,   GIVE, GAD-EGFR-LT30,  EGFR_BELOW_30",
        "0,    GIVE, GAD-EGFR-LT30,  EGFR_BELOW_30"
    })
    void renalBandsFollowTheAcrNkfThresholdOfLessThan30(
            double egfr, GadoliniumDecision decision, String code, String flag) {
        GadoliniumAdvice a = give(adult().egfr(egfr));
        assertThat(a.decision()).isEqualTo(decision);
        assertThat(codes(a)).contains(code);
        if (flag.isEmpty()) {
            assertThat(a.flags()).isEmpty();
        } else {
            assertThat(a.flags()).containsExactlyInAnyOrder(Flag.valueOf(flag), Flag.DOCUMENT_RISK_BENEFIT);
        }
    }

    @Test
    void givesMacrocyclicAgentWhenEgfrIsExactly30() {
        GadoliniumAdvice a = give(adult().egfr(30).weight(80));
        assertThat(a.agentGroup()).isEqualTo(SitePolicy.AgentGroup.ACR_II_MACROCYCLIC);
        assertThat(a.agents())
                .extracting(GadoliniumAdvice.AgentOption::agent)
                .containsExactly("gadobutrol", "gadoterate", "gadoteridol", "gadopiclenol");
        assertThat(a.agents())
                .extracting(GadoliniumAdvice.AgentOption::structure)
                .containsOnly("MACROCYCLIC");
    }

    @Test
    void computesTotalDoseAndVolumeFromActualWeight() {
        GadoliniumAdvice a = give(adult().weight(83));
        GadoliniumAdvice.AgentOption gadobutrol = a.agents().get(0);
        assertThat(gadobutrol.totalDoseMmol()).isEqualTo(8.3);
        assertThat(gadobutrol.volumeMl()).isEqualTo(8.3);
        GadoliniumAdvice.AgentOption gadoterate = a.agents().get(1);
        assertThat(gadoterate.totalDoseMmol()).isEqualTo(8.3);
        assertThat(gadoterate.volumeMl()).isEqualTo(16.6);
        GadoliniumAdvice.AgentOption gadopiclenol = a.agents().get(3);
        assertThat(gadopiclenol.doseMmolPerKg()).isEqualTo(0.05);
        assertThat(gadopiclenol.totalDoseMmol()).isEqualTo(4.15);
        assertThat(gadopiclenol.volumeMl()).isEqualTo(8.3);
    }

    @Test
    void withoutWeightGivesPerKgDoseOnlyAndFlagsIt() {
        Fixtures.P p = new Fixtures.P().age(50).sex(Sex.MALE).egfr(90);
        GadoliniumAdvice a = give(p);
        assertThat(a.agents().get(0).totalDoseMmol()).isNull();
        assertThat(a.agents().get(0).volumeMl()).isNull();
        assertThat(a.flags()).contains(Flag.WEIGHT_UNKNOWN);
    }

    @Test
    void neverOffersGroupOneOrLinearAgentsAndNamesThemToAvoid() {
        GadoliniumAdvice a = give(adult());
        assertThat(a.agentsToAvoid())
                .extracting(GadoliniumAdvice.AgentToAvoid::agent)
                .containsExactly("gadobenate", "gadoxetate", "gadodiamide", "gadopentetate", "gadoversetamide");
    }

    @Test
    void akiTreatsEgfrAsUnreliableAndStillGivesGroupTwo() {
        GadoliniumAdvice a = give(adult().egfr(75).aki());
        assertThat(a.decision()).isEqualTo(GadoliniumDecision.GIVE);
        assertThat(a.flags()).containsExactlyInAnyOrder(Flag.AKI_EGFR_UNRELIABLE, Flag.DOCUMENT_RISK_BENEFIT);
        assertThat(codes(a)).contains("GAD-AKI", "GAD-LABEL-DOSE").doesNotContain("GAD-EGFR-GE30");
    }

    @Test
    void haemodialysisCoordinatesWithTheNextDialysisByDefault() {
        GadoliniumAdvice a = give(adult().dialysis(Dialysis.HEMODIALYSIS));
        assertThat(a.decision()).isEqualTo(GadoliniumDecision.GIVE);
        assertThat(a.flags()).containsExactlyInAnyOrder(Flag.DIALYSIS_COORDINATION, Flag.DOCUMENT_RISK_BENEFIT);
        Reason hd = a.reasons().stream()
                .filter(r -> r.code().equals("GAD-DIALYSIS-HD"))
                .findFirst()
                .orElseThrow();
        assertThat(hd.sitePolicy()).isEqualTo("gadolinium.hemodialysis");
        assertThat(hd.sources()).containsExactly("S1", "S2");
        assertThat(hd.text())
                .isEqualTo(
                        "Haemodialysis: group II agent; scan shortly before the next routine haemodialysis (ACR "
                                + "Manual, site setting); the ACR-NKF consensus finds no change to dialysis needed [DISAGREE].");
    }

    @Test
    void peritonealDialysisGivesGroupTwoWithoutCtPreferenceByDefault() {
        GadoliniumAdvice a = give(adult().dialysis(Dialysis.PERITONEAL));
        assertThat(a.decision()).isEqualTo(GadoliniumDecision.GIVE);
        assertThat(a.flags()).containsExactly(Flag.DOCUMENT_RISK_BENEFIT);
        assertThat(codes(a)).contains("GAD-DIALYSIS-PD").doesNotContain("GAD-DIALYSIS-PD-CT");
    }

    @Test
    void siteThresholdOf40AddsPrecautionsBetween30And40() {
        SitePolicy strict = withGadolinium(g -> new SitePolicy.Gadolinium(
                g.agentGroup(),
                40.0,
                g.severeRenalImpairment(),
                g.hemodialysis(),
                g.peritonealDialysisPreferCt(),
                g.egfrRequired(),
                g.mildReactionPremedication(),
                g.unknownPregnancy(),
                g.volumeCapMl(),
                g.agents()));
        PatientScreening p = adult().egfr(35).build();
        GadoliniumAdvice a = rule.evaluate(ContrastNeed.REQUIRED, p, PregnancyStatus.NOT_APPLICABLE, false, strict);
        assertThat(a.flags()).containsExactlyInAnyOrder(Flag.EGFR_BELOW_SITE_THRESHOLD, Flag.DOCUMENT_RISK_BENEFIT);
        assertThat(a.reasons())
                .filteredOn(r -> r.code().equals("GAD-EGFR-LT-SITE-THRESHOLD"))
                .extracting(Reason::sitePolicy)
                .containsExactly("gadolinium.egfrThreshold");
    }

    @Test
    void fdaStanceSiteSettingSendsSevereRenalImpairmentToTheRadiologist() {
        SitePolicy fda = withGadolinium(g -> new SitePolicy.Gadolinium(
                g.agentGroup(),
                g.egfrThreshold(),
                SitePolicy.SevereRenalStance.RADIOLOGIST_DECISION,
                g.hemodialysis(),
                g.peritonealDialysisPreferCt(),
                g.egfrRequired(),
                g.mildReactionPremedication(),
                g.unknownPregnancy(),
                g.volumeCapMl(),
                g.agents()));
        PatientScreening p = adult().egfr(20).build();
        assertThat(rule.evaluate(ContrastNeed.REQUIRED, p, PregnancyStatus.NOT_APPLICABLE, false, fda)
                        .decision())
                .isEqualTo(GadoliniumDecision.RADIOLOGIST_DECISION);
    }

    @Test
    void missingEgfrIsAcceptedForGroupTwoUnlessTheSiteRequiresIt() {
        PatientScreening p = new Fixtures.P().age(70).sex(Sex.MALE).weight(70).build();
        assertThat(rule.evaluate(ContrastNeed.REQUIRED, p, PregnancyStatus.NOT_APPLICABLE, false, POLICY)
                        .decision())
                .isEqualTo(GadoliniumDecision.GIVE);
        SitePolicy required = withGadolinium(g -> new SitePolicy.Gadolinium(
                g.agentGroup(),
                g.egfrThreshold(),
                g.severeRenalImpairment(),
                g.hemodialysis(),
                g.peritonealDialysisPreferCt(),
                true,
                g.mildReactionPremedication(),
                g.unknownPregnancy(),
                g.volumeCapMl(),
                g.agents()));
        GadoliniumAdvice a = rule.evaluate(ContrastNeed.REQUIRED, p, PregnancyStatus.NOT_APPLICABLE, false, required);
        assertThat(a.decision()).isEqualTo(GadoliniumDecision.RADIOLOGIST_DECISION);
        assertThat(a.flags()).containsExactly(Flag.EGFR_REQUIRED);
    }

    @ParameterizedTest(name = "pregnancy {0} -> {1}")
    @CsvSource({
        "NOT_PREGNANT,   GIVE,                 ''",
        "NOT_APPLICABLE, GIVE,                 ''",
        "PREGNANT,       RADIOLOGIST_DECISION, DOCUMENT_RISK_BENEFIT",
        "UNKNOWN,        AVOID,                PREGNANCY_STATUS_UNKNOWN"
    })
    void pregnancyMakesGadoliniumARadiologistDecisionAndUnknownStatusHoldsIt(
            PregnancyStatus status, GadoliniumDecision decision, String flag) {
        GadoliniumAdvice a = give(adult().sex(Sex.FEMALE).age(30).pregnancy(status));
        assertThat(a.decision()).isEqualTo(decision);
        assertThat(a.flags()).isEqualTo(flag.isEmpty() ? List.of() : List.of(Flag.valueOf(flag)));
    }

    @Test
    void unstatedPregnancyInAWomanOfChildbearingAgeIsTreatedAsUnknown() {
        GadoliniumAdvice a =
                give(new Fixtures.P().age(30).sex(Sex.FEMALE).weight(60).egfr(90));
        assertThat(a.decision()).isEqualTo(GadoliniumDecision.AVOID);
        assertThat(a.flags()).containsExactly(Flag.PREGNANCY_STATUS_UNKNOWN);
    }

    @ParameterizedTest(name = "age {0}, sex {1}: {2}")
    @CsvSource({
        "30, FEMALE, UNKNOWN",
        "56, FEMALE, NOT_APPLICABLE",
        "11, FEMALE, NOT_APPLICABLE",
        "12, FEMALE, UNKNOWN",
        "55, FEMALE, UNKNOWN",
        "30, MALE, NOT_APPLICABLE",
        "30, , UNKNOWN"
    })
    void pregnancyStatusIsInferredOnlyOutsideTheChildbearingWindow(double age, Sex sex, PregnancyStatus expected) {
        PatientScreening p = new Fixtures.P().age(age).sex(sex).build();
        assertThat(PregnancyScreen.effective(p, POLICY).status()).isEqualTo(expected);
    }

    @Test
    void breastfeedingNeedNotBeInterrupted() {
        GadoliniumAdvice a = give(adult().sex(Sex.FEMALE)
                .age(32)
                .pregnancy(PregnancyStatus.NOT_PREGNANT)
                .breastfeeding());
        assertThat(a.decision()).isEqualTo(GadoliniumDecision.GIVE);
        assertThat(a.flags()).containsExactly(Flag.BREASTFEEDING_NO_INTERRUPTION);
    }

    @ParameterizedTest(name = "{0} reaction -> {1}")
    @CsvSource({
        "PHYSIOLOGIC, GIVE,                 false, ''",
        "MILD,        GIVE,                 false, 'PRIOR_REACTION_MILD,USE_DIFFERENT_AGENT'",
        "MODERATE,    RADIOLOGIST_DECISION, true,  'PRIOR_REACTION_MODERATE,USE_DIFFERENT_AGENT,PREMEDICATION_CONSIDER'",
        "SEVERE,      RADIOLOGIST_DECISION, true,  'PRIOR_REACTION_SEVERE,USE_DIFFERENT_AGENT,PREMEDICATION_CONSIDER,RESUSCITATION_READY,DOCUMENT_RISK_BENEFIT'"
    })
    void priorGbcaReactionsBySeverity(
            ReactionSeverity severity, GadoliniumDecision decision, boolean premedication, String flags) {
        GadoliniumAdvice a = give(adult().reaction("gadoterate", severity, ContrastClass.GBCA));
        assertThat(a.decision()).isEqualTo(decision);
        assertThat(a.premedicationToConsider()).isEqualTo(premedication);
        assertThat(a.flags())
                .containsExactlyInAnyOrderElementsOf(
                        flags.isEmpty()
                                ? List.of()
                                : java.util.Arrays.stream(flags.split(","))
                                        .map(Flag::valueOf)
                                        .toList());
        boolean culpritExcluded = severity != ReactionSeverity.PHYSIOLOGIC;
        assertThat(a.agents().stream().anyMatch(o -> o.agent().equals("gadoterate")))
                .isEqualTo(!culpritExcluded);
        assertThat(a.agentsToAvoid().stream().anyMatch(o -> o.agent().equals("gadoterate")))
                .isEqualTo(culpritExcluded);
    }

    @Test
    void mildReactionPremedicationFollowsTheSiteSetting() {
        SitePolicy older = withGadolinium(g -> new SitePolicy.Gadolinium(
                g.agentGroup(),
                g.egfrThreshold(),
                g.severeRenalImpairment(),
                g.hemodialysis(),
                g.peritonealDialysisPreferCt(),
                g.egfrRequired(),
                SitePolicy.PremedicationStance.CONSIDER,
                g.unknownPregnancy(),
                g.volumeCapMl(),
                g.agents()));
        PatientScreening p = adult().reaction("gadobutrol", ReactionSeverity.MILD, ContrastClass.GBCA)
                .build();
        GadoliniumAdvice a = rule.evaluate(ContrastNeed.REQUIRED, p, PregnancyStatus.NOT_APPLICABLE, false, older);
        assertThat(a.premedicationToConsider()).isTrue();
        assertThat(a.flags()).contains(Flag.PREMEDICATION_CONSIDER);
    }

    @Test
    void unknownCulpritAgentOfAnAllergicReactionGoesToTheRadiologist() {
        GadoliniumAdvice a = give(adult().reaction(null, ReactionSeverity.MILD, ContrastClass.GBCA));
        assertThat(a.decision()).isEqualTo(GadoliniumDecision.RADIOLOGIST_DECISION);
        assertThat(codes(a)).contains("GAD-REACTION-AGENT-UNKNOWN");
    }

    @Test
    void iodinatedReactionIsNoReasonForGbcaPremedication() {
        GadoliniumAdvice a = give(adult().reaction("iohexol", ReactionSeverity.SEVERE, ContrastClass.IODINATED));
        assertThat(a.decision()).isEqualTo(GadoliniumDecision.GIVE);
        assertThat(a.premedicationToConsider()).isFalse();
        assertThat(a.flags()).isEmpty();
        assertThat(codes(a)).contains("GAD-REACTION-IODINATED-ONLY");
    }

    @Test
    void notNeededMeansNotIndicatedWhateverThePatient() {
        PatientScreening p = adult().egfr(10).build();
        GadoliniumAdvice a = rule.evaluate(ContrastNeed.NOT_NEEDED, p, PregnancyStatus.NOT_APPLICABLE, false, POLICY);
        assertThat(a.decision()).isEqualTo(GadoliniumDecision.NOT_INDICATED);
        assertThat(a.agents()).isEmpty();
        assertThat(a.flags()).isEmpty();
    }

    @Test
    void intrathecalGadoliniumIsAlwaysFlaggedWhenRelevant() {
        PatientScreening p = adult().build();
        GadoliniumAdvice a = rule.evaluate(ContrastNeed.OPTIONAL, p, PregnancyStatus.NOT_APPLICABLE, true, POLICY);
        assertThat(a.intrathecalContraindicated()).isTrue();
        assertThat(a.flags()).containsExactly(Flag.INTRATHECAL_GBCA_NOT_APPROVED);
        assertThat(a.reasons().get(0).sources()).containsExactly("S3");
    }

    @Test
    void mostRestrictiveFactorWins() {
        GadoliniumAdvice a = give(adult().sex(Sex.FEMALE)
                .age(30)
                .pregnancy(PregnancyStatus.UNKNOWN)
                .reaction("gadobutrol", ReactionSeverity.SEVERE, ContrastClass.GBCA)
                .egfr(20));
        assertThat(a.decision()).isEqualTo(GadoliniumDecision.AVOID);
    }

    @Test
    void volumeOverTheSiteCapIsReportedNotReduced() {
        SitePolicy capped = withGadolinium(g -> new SitePolicy.Gadolinium(
                g.agentGroup(),
                g.egfrThreshold(),
                g.severeRenalImpairment(),
                g.hemodialysis(),
                g.peritonealDialysisPreferCt(),
                g.egfrRequired(),
                g.mildReactionPremedication(),
                g.unknownPregnancy(),
                15.0,
                g.agents()));
        PatientScreening p = adult().weight(100).build();
        GadoliniumAdvice a = rule.evaluate(ContrastNeed.REQUIRED, p, PregnancyStatus.NOT_APPLICABLE, false, capped);
        assertThat(a.agents())
                .extracting(
                        GadoliniumAdvice.AgentOption::agent,
                        GadoliniumAdvice.AgentOption::volumeMl,
                        GadoliniumAdvice.AgentOption::exceedsVolumeCap)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("gadobutrol", 10.0, false),
                        org.assertj.core.groups.Tuple.tuple("gadoterate", 20.0, true),
                        org.assertj.core.groups.Tuple.tuple("gadoteridol", 20.0, true),
                        org.assertj.core.groups.Tuple.tuple("gadopiclenol", 10.0, false));
    }

    static SitePolicy withGadolinium(java.util.function.UnaryOperator<SitePolicy.Gadolinium> change) {
        SitePolicy p = POLICY;
        return new SitePolicy(
                p.site(),
                change.apply(p.gadolinium()),
                p.pregnancy(),
                p.implants(),
                p.mars(),
                p.patients(),
                p.familyContrast(),
                p.scanners(),
                p.defaultScanner());
    }
}
