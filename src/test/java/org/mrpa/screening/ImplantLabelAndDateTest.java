package org.mrpa.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mrpa.screening.Fixtures.POLICY;
import static org.mrpa.screening.Fixtures.booked;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrpa.advice.Flag;
import org.mrpa.advice.ImplantDecision;
import org.mrpa.advice.Reason;

/** The request's new implant words (§4.2): legacy labels, passive implants, leads, dates, conditions by field. */
class ImplantLabelAndDateTest {

    private final ImplantSafetyRule rule = new ImplantSafetyRule();

    private ImplantSafety evaluate(String scanner, Implant... implants) {
        return rule.evaluate(List.of(implants), PregnancyStatus.NOT_APPLICABLE, booked(scanner), POLICY);
    }

    private static MrConditions both(MrConditions.TransmitCoil coil) {
        return new MrConditions(
                List.of(1.5, 3.0), null, null, null, null, null, null, null, null, coil, null, null, null);
    }

    @ParameterizedTest(name = "{0} {1}, leads abandoned {2} -> {3} {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            NOT_MR_CONDITIONAL | PACEMAKER_ICD          | false | RADIOLOGIST_REVIEW      | CARDIOLOGY_REQUIRED ALTERNATIVE_IMAGING_SUGGESTED | IMPLANT-CIED-NON-CONDITIONAL
            NOT_MR_CONDITIONAL | OTHER                  | false | RADIOLOGIST_REVIEW      | ALTERNATIVE_IMAGING_SUGGESTED                     | IMPLANT-NOT-MR-CONDITIONAL
            NOT_MR_CONDITIONAL | PACEMAKER_ICD          | true  | DO_NOT_SCAN             | ALTERNATIVE_IMAGING_SUGGESTED                     | IMPLANT-ABANDONED-LEADS
            MR_CONDITIONAL     | PACEMAKER_ICD          | true  | DO_NOT_SCAN             | ALTERNATIVE_IMAGING_SUGGESTED                     | IMPLANT-ABANDONED-LEADS
            MR_CONDITIONAL     | SPINAL_CORD_STIMULATOR | true  | DO_NOT_SCAN             | ALTERNATIVE_IMAGING_SUGGESTED                     | IMPLANT-ABANDONED-LEADS
            MR_CONDITIONAL     | PASSIVE_ORTHO          | false | PROCEED_WITH_CONDITIONS | ''                                                | IMPLANT-FIELD-OK
            MR_CONDITIONAL     | PASSIVE_NEURO          | false | PROCEED_WITH_CONDITIONS | ''                                                | IMPLANT-FIELD-OK
            UNKNOWN            | PASSIVE_ORTHO          | false | RADIOLOGIST_REVIEW      | ''                                                | IMPLANT-UNLABELLED
            MR_SAFE            | PASSIVE_NEURO          | false | PROCEED                 | ''                                                | IMPLANT-MR-SAFE
            MR_UNSAFE          | PASSIVE_NEURO          | false | DO_NOT_SCAN             | ALTERNATIVE_IMAGING_SUGGESTED                     | IMPLANT-MR-UNSAFE
            """)
    void theLabelTheTypeAndTheLeadsDecide(
            MrLabel label, ImplantType type, boolean abandoned, ImplantDecision expected, String flags, String code) {
        Implant imp = new Implant("x", type, label, "left chest", 100, both(null), null, abandoned, null);
        ImplantSafety s = evaluate("MR1", imp);
        assertThat(s.decision()).isEqualTo(expected);
        assertThat(s.flags().stream().map(Flag::name).toList())
                .isEqualTo(flags.isEmpty() ? List.of() : List.of(flags.split(" ")));
        assertThat(s.implants().get(0).reasons()).extracting(Reason::code).containsExactly(code);
    }

    @Test
    void headOnlyAt3TAndFullBodyAt15TIsReroutedFrom3TTo15TWithTheLimitsOf15T() {
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
                null,
                null,
                true,
                null,
                List.of(
                        new FieldStrengthConditions(
                                1.5,
                                null,
                                null,
                                OperatingMode.NORMAL,
                                null,
                                null,
                                2.0,
                                null,
                                null,
                                MrConditions.TransmitCoil.BODY,
                                null),
                        new FieldStrengthConditions(
                                3.0,
                                null,
                                null,
                                OperatingMode.NORMAL,
                                null,
                                null,
                                null,
                                null,
                                null,
                                MrConditions.TransmitCoil.HEAD_TR,
                                null)));
        ImplantSafety s = evaluate(
                "MR2", new Implant("SCS", ImplantType.SPINAL_CORD_STIMULATOR, MrLabel.MR_CONDITIONAL, "T9-T11", 70, c));
        assertThat(s.decision()).isEqualTo(ImplantDecision.PROCEED_WITH_CONDITIONS);
        assertThat(s.rerouteToScannerId()).isEqualTo("MR1");
        assertThat(s.rerouteToFieldStrengthT()).isEqualTo(1.5);
        assertThat(s.constraints().transmitCoil()).isEqualTo(MrConditions.TransmitCoil.BODY);
        assertThat(s.constraints().maxB1rmsMicroT()).isEqualTo(2.0);
        assertThat(s.constraints().operatingMode()).isEqualTo(OperatingMode.NORMAL);
    }

    @ParameterizedTest(name = "at {0} T: mode {1}, whole-body SAR {2}, B1+rms {3}")
    @CsvSource({"1.5, FIRST_LEVEL, 4.0,", "3.0, NORMAL, 2.0, 2.0", "0.55, NORMAL, 2.0,"})
    void conditionsByFieldStrengthOverrideTheTopLevelOnesAtThatFieldOnly(
            double tesla, OperatingMode mode, double sar, Double b1rms) {
        MrConditions c = new MrConditions(
                List.of(1.5, 3.0),
                null,
                null,
                OperatingMode.NORMAL,
                2.0,
                null,
                null,
                200.0,
                null,
                null,
                6,
                true,
                true,
                List.of(
                        new FieldStrengthConditions(
                                1.5, null, null, OperatingMode.FIRST_LEVEL, 4.0, null, null, null, null, null, null),
                        new FieldStrengthConditions(
                                2.89, null, null, OperatingMode.NORMAL, null, null, 2.0, null, null, null, null)));
        MrConditions at = c.at(tesla);
        assertThat(at.operatingModeLimit()).isEqualTo(mode);
        assertThat(at.maxWholeBodySarWPerKg()).isEqualTo(sar);
        assertThat(at.maxB1rmsMicroT()).isEqualTo(b1rms);
        assertThat(at.maxSlewRateTPerMPerS()).isEqualTo(200.0);
        assertThat(at.minWeeksSinceImplant()).isEqualTo(6);
    }

    @ParameterizedTest(name = "implanted {0}, weeks given {1}, on 2026-11-16 -> {2}")
    @CsvSource({"2026-10-05, , 6", "2026-10-06, , 5", "2026-11-16, , 0", "2026-10-05, 40, 40", ", , ", "2027-01-01, , "
    })
    void weeksSinceImplantAreDerivedFromTheDateWhenNotGiven(LocalDate implanted, Integer given, Integer expected) {
        Implant imp = new Implant(
                "pacer", ImplantType.PACEMAKER_ICD, MrLabel.MR_CONDITIONAL, null, given, null, null, null, implanted);
        assertThat(imp.asOf(LocalDate.of(2026, 11, 16)).weeksSinceImplant()).isEqualTo(expected);
    }

    @Test
    void aPacemakerImplantedFourWeeksAgoUnderASixWeekLabelIsDoNotScan() {
        MrConditions c =
                new MrConditions(List.of(1.5), null, null, null, null, null, null, null, null, null, 6, null, null);
        Implant imp = new Implant(
                        "pacer",
                        ImplantType.PACEMAKER_ICD,
                        MrLabel.MR_CONDITIONAL,
                        "chest",
                        null,
                        c,
                        null,
                        false,
                        LocalDate.of(2026, 10, 19))
                .asOf(LocalDate.of(2026, 11, 16));
        ImplantSafety s = evaluate("MR1", imp);
        assertThat(s.decision()).isEqualTo(ImplantDecision.DO_NOT_SCAN);
        assertThat(s.implants().get(0).reasons()).extracting(Reason::code).contains("IMPLANT-TOO-RECENT");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "PHYSIOLOGIC, ,              PHYSIOLOGIC",
        "MILD,        PHYSIOLOGIC,   PHYSIOLOGIC",
        "MODERATE,    PHYSIOLOGIC,   MODERATE",
        "PHYSIOLOGIC, ALLERGIC_LIKE, MILD",
        "MILD,        ALLERGIC_LIKE, MILD",
        "SEVERE,      ,              SEVERE"
    })
    void theReactionTypeSettlesTheSeverityTheRulesUse(
            ReactionSeverity severity, ReactionType type, ReactionSeverity expected) {
        PriorReaction r = new PriorReaction("gadoterate", severity, ContrastClass.GBCA, type, "as described");
        assertThat(r.effectiveSeverity()).isEqualTo(expected);
    }
}
