package org.mrpa.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mrpa.screening.Fixtures.POLICY;
import static org.mrpa.screening.Fixtures.booked;
import static org.mrpa.screening.Fixtures.conditional;
import static org.mrpa.screening.Fixtures.conditions;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrpa.advice.Flag;
import org.mrpa.advice.ImplantDecision;
import org.mrpa.advice.Reason;

class ImplantSafetyRuleTest {

    private final ImplantSafetyRule rule = new ImplantSafetyRule();

    private ImplantSafety evaluate(ScannerContext scanners, Implant... implants) {
        return rule.evaluate(List.of(implants), PregnancyStatus.NOT_APPLICABLE, scanners, POLICY);
    }

    private static List<String> codes(ImplantSafety s) {
        return s.implants().stream()
                .flatMap(a -> a.reasons().stream())
                .map(Reason::code)
                .toList();
    }

    @Test
    void noImplantsIsNotApplicable() {
        ImplantSafety s = evaluate(booked("MR1"));
        assertThat(s.decision()).isEqualTo(ImplantDecision.NOT_APPLICABLE);
        assertThat(s.constraints()).isEqualTo(ScanConstraints.NONE);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "MR_SAFE,   OTHER,                  PROCEED",
        "MR_UNSAFE, OTHER,                  DO_NOT_SCAN",
        "UNKNOWN,   OTHER,                  RADIOLOGIST_REVIEW",
        "UNKNOWN,   PACEMAKER_ICD,          RADIOLOGIST_REVIEW",
        "MR_CONDITIONAL, SPINAL_FUSION_HARDWARE, RADIOLOGIST_REVIEW",
        "MR_CONDITIONAL, BALLISTIC_FRAGMENT,     RADIOLOGIST_REVIEW",
        "UNKNOWN,   BALLISTIC_FRAGMENT,     RADIOLOGIST_REVIEW"
    })
    void labelDecidesWhenNoConditionsAreGiven(MrLabel label, ImplantType type, ImplantDecision expected) {
        ImplantSafety s = evaluate(booked("MR1"), new Implant("x", type, label, "L4", null, null));
        assertThat(s.decision()).isEqualTo(expected);
    }

    @Test
    void mrUnsafeSuggestsAlternativeImaging() {
        ImplantSafety s =
                evaluate(booked("MR1"), new Implant("x", ImplantType.OTHER, MrLabel.MR_UNSAFE, null, null, null));
        assertThat(s.flags()).containsExactly(Flag.ALTERNATIVE_IMAGING_SUGGESTED);
    }

    @Test
    void legacyPacemakerNeedsCardiology() {
        ImplantSafety s = evaluate(
                booked("MR1"),
                new Implant("old pacer", ImplantType.PACEMAKER_ICD, MrLabel.UNKNOWN, "left chest", null, null));
        assertThat(s.flags()).containsExactly(Flag.CARDIOLOGY_REQUIRED);
        assertThat(codes(s)).containsExactly("IMPLANT-CIED-NON-CONDITIONAL");
    }

    @Test
    void conditionalAt15OnlyBookedOn3TIsReroutedTo15NeverScannedAt3() {
        ImplantSafety s = evaluate(
                booked("MR2"), conditional(ImplantType.SPINAL_FUSION_HARDWARE, "L4-S1", conditions(List.of(1.5))));
        assertThat(s.decision()).isEqualTo(ImplantDecision.PROCEED_WITH_CONDITIONS);
        assertThat(s.rerouteToFieldStrengthT()).isEqualTo(1.5);
        assertThat(s.rerouteToScannerId()).isEqualTo("MR1");
        assertThat(s.flags()).containsExactly(Flag.REROUTE_TO_1_5T);
        assertThat(s.constraints().allowedFieldStrengthsT()).containsExactly(1.5);
    }

    @Test
    void conditionalAt15OnlyWithNo15ScannerIsDoNotScan() {
        ImplantSafety s =
                evaluate(Fixtures.unknownScanner(3.0), conditional(ImplantType.OTHER, "L4", conditions(List.of(1.5))));
        assertThat(s.decision()).isEqualTo(ImplantDecision.DO_NOT_SCAN);
        assertThat(s.flags()).containsExactly(Flag.ALTERNATIVE_IMAGING_SUGGESTED);
        assertThat(codes(s)).containsExactly("IMPLANT-FIELD-NOT-ALLOWED");
    }

    @Test
    void a289TeslaScannerIsA3TeslaScanner() {
        ImplantSafety s =
                evaluate(Fixtures.unknownScanner(2.89), conditional(ImplantType.OTHER, "L4", conditions(List.of(3.0))));
        assertThat(s.decision()).isEqualTo(ImplantDecision.PROCEED_WITH_CONDITIONS);
    }

    @Test
    void conditionsThatDependOnUnknownScannerDataGoToReview() {
        MrConditions c =
                new MrConditions(List.of(1.5), null, 20.0, null, null, null, 2.0, null, null, null, null, null, null);
        ImplantSafety s = evaluate(Fixtures.unknownScanner(1.5), conditional(ImplantType.OTHER, "L4", c));
        assertThat(s.decision()).isEqualTo(ImplantDecision.RADIOLOGIST_REVIEW);
        assertThat(codes(s))
                .containsExactly("IMPLANT-FIELD-OK", "IMPLANT-SPATIAL-GRADIENT-UNKNOWN", "IMPLANT-B1RMS-UNKNOWN");
    }

    @Test
    void allConditionsVerifiableOnTheBookedScannerProceedWithConditions() {
        MrConditions c = new MrConditions(
                List.of(1.5, 3.0),
                org.mrpa.protocol.ScannerProfile.BoreType.CYLINDRICAL,
                20.0,
                OperatingMode.NORMAL,
                2.0,
                3.2,
                2.8,
                200.0,
                null,
                MrConditions.TransmitCoil.BODY,
                6,
                true,
                true);
        Implant cied = new Implant(
                "SureScan pacemaker", ImplantType.PACEMAKER_ICD, MrLabel.MR_CONDITIONAL, "left chest", 10, c);
        ImplantSafety s = evaluate(booked("MR1"), cied);
        assertThat(s.decision()).isEqualTo(ImplantDecision.PROCEED_WITH_CONDITIONS);
        assertThat(s.rerouteToFieldStrengthT()).isNull();
        assertThat(s.flags())
                .containsExactlyInAnyOrder(Flag.DEVICE_MRI_MODE, Flag.CARDIOLOGY_REQUIRED, Flag.MONITORING_REQUIRED);
        assertThat(s.constraints())
                .isEqualTo(new ScanConstraints(
                        List.of(1.5, 3.0),
                        OperatingMode.NORMAL,
                        2.0,
                        3.2,
                        2.8,
                        200.0,
                        null,
                        20.0,
                        MrConditions.TransmitCoil.BODY,
                        true,
                        true));
    }

    @Test
    void tooSoonAfterImplantationIsDoNotScan() {
        MrConditions c =
                new MrConditions(List.of(1.5), null, null, null, null, null, null, null, null, null, 6, null, null);
        ImplantSafety s = evaluate(
                booked("MR1"), new Implant("lead", ImplantType.PACEMAKER_ICD, MrLabel.MR_CONDITIONAL, "chest", 4, c));
        assertThat(s.decision()).isEqualTo(ImplantDecision.DO_NOT_SCAN);
        assertThat(codes(s)).contains("IMPLANT-TOO-RECENT");
    }

    @Test
    void unknownImplantDateAgainstAWeeksConditionGoesToReview() {
        MrConditions c =
                new MrConditions(List.of(1.5), null, null, null, null, null, null, null, null, null, 6, null, null);
        ImplantSafety s = evaluate(
                booked("MR1"),
                new Implant("lead", ImplantType.PACEMAKER_ICD, MrLabel.MR_CONDITIONAL, "chest", null, c));
        assertThat(s.decision()).isEqualTo(ImplantDecision.RADIOLOGIST_REVIEW);
    }

    @Test
    void headOnlyTransmitCoilLabelCannotBeSatisfiedForSpine() {
        MrConditions c = new MrConditions(
                List.of(1.5, 3.0),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                MrConditions.TransmitCoil.HEAD_TR,
                null,
                null,
                null);
        ImplantSafety s = evaluate(booked("MR2"), conditional(ImplantType.SPINAL_CORD_STIMULATOR, "T10", c));
        assertThat(s.decision()).isEqualTo(ImplantDecision.DO_NOT_SCAN);
    }

    @Test
    void dbDtLimitCannotBeCheckedAgainstSiteDataSoGoesToReview() {
        MrConditions c =
                new MrConditions(List.of(1.5), null, null, null, null, null, null, null, 20.0, null, null, null, null);
        ImplantSafety s = evaluate(booked("MR1"), conditional(ImplantType.SPINAL_CORD_STIMULATOR, "T10", c));
        assertThat(s.decision()).isEqualTo(ImplantDecision.RADIOLOGIST_REVIEW);
    }

    @Test
    void slewLimitBelowTheScannerMaximumBecomesAConstraint() {
        MrConditions c =
                new MrConditions(List.of(1.5), null, null, null, null, null, null, 100.0, null, null, null, null, null);
        ImplantSafety s = evaluate(booked("MR1"), conditional(ImplantType.OTHER, "L2", c));
        assertThat(s.decision()).isEqualTo(ImplantDecision.PROCEED_WITH_CONDITIONS);
        assertThat(s.constraints().maxSlewRateTPerMPerS()).isEqualTo(100.0);
        assertThat(codes(s)).contains("IMPLANT-SLEW-LIMIT");
    }

    @Test
    void mostRestrictiveImplantDecidesAndLimitsCombine() {
        MrConditions a = new MrConditions(
                List.of(1.5, 3.0),
                null,
                null,
                OperatingMode.FIRST_LEVEL,
                4.0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        MrConditions b = new MrConditions(
                List.of(1.5), null, null, OperatingMode.NORMAL, 2.0, null, null, null, null, null, null, null, null);
        ImplantSafety s = evaluate(
                booked("MR1"),
                conditional(ImplantType.OTHER, "L2", a),
                conditional(ImplantType.OTHER, "L3", b),
                new Implant("glass", ImplantType.OTHER, MrLabel.MR_SAFE, null, null, null));
        assertThat(s.decision()).isEqualTo(ImplantDecision.PROCEED_WITH_CONDITIONS);
        assertThat(s.constraints().allowedFieldStrengthsT()).containsExactly(1.5);
        assertThat(s.constraints().operatingMode()).isEqualTo(OperatingMode.NORMAL);
        assertThat(s.constraints().maxWholeBodySarWPerKg()).isEqualTo(2.0);
        assertThat(s.implants())
                .extracting(ImplantSafety.ImplantAssessment::decision)
                .containsExactly(
                        ImplantDecision.PROCEED_WITH_CONDITIONS,
                        ImplantDecision.PROCEED_WITH_CONDITIONS,
                        ImplantDecision.PROCEED);
    }

    @Test
    void pregnancyAddsNormalOperatingModeEvenWithoutImplants() {
        ImplantSafety s = rule.evaluate(List.of(), PregnancyStatus.PREGNANT, booked("MR1"), POLICY);
        assertThat(s.decision()).isEqualTo(ImplantDecision.NOT_APPLICABLE);
        assertThat(s.constraints().operatingMode()).isEqualTo(OperatingMode.NORMAL);
        assertThat(s.flags()).containsExactlyInAnyOrder(Flag.PREGNANCY_NORMAL_MODE, Flag.DOCUMENT_RISK_BENEFIT);
    }

    @Test
    void unlabelledImplantGetsTheSiteApprovedPathConstraints() {
        ImplantSafety s = evaluate(
                booked("MR2"), new Implant("unknown clip", ImplantType.OTHER, MrLabel.UNKNOWN, "abdomen", null, null));
        assertThat(s.decision()).isEqualTo(ImplantDecision.RADIOLOGIST_REVIEW);
        assertThat(s.constraints().allowedFieldStrengthsT()).containsExactly(1.5);
        assertThat(s.constraints().operatingMode()).isEqualTo(OperatingMode.NORMAL);
        assertThat(s.rerouteToFieldStrengthT()).isEqualTo(1.5);
    }

    @Test
    void reroutingForAnUnverifiableConditionSaysWhichConditionAndWhere() {
        MrConditions c = new MrConditions(
                List.of(1.5, 3.0),
                null,
                20.0,
                OperatingMode.NORMAL,
                2.0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        ImplantSafety s = evaluate(booked("MR2"), conditional(ImplantType.PACEMAKER_ICD, "left chest", c));
        assertThat(s.decision()).isEqualTo(ImplantDecision.PROCEED_WITH_CONDITIONS);
        assertThat(s.rerouteToScannerId()).isEqualTo("MR1");
        Reason r = s.reasons().stream()
                .filter(x -> x.code().startsWith("SAFETY-REROUTE"))
                .findFirst()
                .orElseThrow();
        assertThat(r.code()).isEqualTo("SAFETY-REROUTE-SCANNER");
        assertThat(r.text())
                .isEqualTo(
                        "The implant conditions cannot be met or verified on MR2 (3 T): The scanner's maximum spatial field "
                                + "gradient 25 T/m on MR2 (3 T) exceeds the label's 20 T/m: needs the field map at the device position. They are on MR1 (1.5 T): scan there.");
    }

    @Test
    void reroutingOfAnUnlabelledImplantNamesTheApprovalPath() {
        ImplantSafety s =
                evaluate(booked("MR2"), new Implant("clip", ImplantType.OTHER, MrLabel.UNKNOWN, "abdomen", null, null));
        assertThat(s.reasons())
                .filteredOn(x -> x.code().startsWith("SAFETY-REROUTE"))
                .extracting(Reason::code, Reason::sitePolicy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "SAFETY-REROUTE-UNLABELLED", "implants.unlabelledApprovedFieldStrengthT"));
    }

    @Test
    void reroutingForAFieldStrengthTheLabelDoesNotAllowSaysSo() {
        ImplantSafety s = evaluate(
                booked("MR2"), conditional(ImplantType.SPINAL_FUSION_HARDWARE, "L4-S1", conditions(List.of(1.5))));
        assertThat(s.reasons())
                .filteredOn(x -> x.code().startsWith("SAFETY-REROUTE"))
                .extracting(Reason::text)
                .containsExactly(
                        "Booked on MR2 (3 T), but the implant conditions allow only 1.5 T: scan on MR1 (1.5 T); never at a field strength the label does not allow.");
    }
}
