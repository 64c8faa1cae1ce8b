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
import org.mrpa.advice.Reason;
import org.mrpa.indication.IndicationMatcher;
import org.mrpa.protocol.ScannerProfile;

/** Whether the scan can happen: table limits on every scanner, implants that block every scanner (§4.2, §7). */
class FeasibilityRuleTest {

    static ScreeningContext screen(String indication, PatientScreening patient, ScannerContext scanners) {
        return new ScreeningContext(
                        new IndicationMatcher(CATALOG).match(indication, null, null),
                        patient,
                        scanners,
                        POLICY,
                        CATALOG.lexicon())
                .screen(List.of(
                        new PregnancyScreen(),
                        new ContrastNeedRule(),
                        new GadoliniumRule(),
                        new ImplantSafetyRule(),
                        new MetalArtifactRule(),
                        new ScannerChoiceRule(),
                        new FeasibilityRule()));
    }

    @ParameterizedTest(name = "{0} kg booked on {1} -> scanned on {2}, feasible {3}")
    @CsvSource({
        "220, MR2, MR1, true,  REC-TABLE-LIMIT-REROUTE, ''",
        "250, MR2, MR1, true,  REC-TABLE-LIMIT-REROUTE, ''",
        "200, MR2, MR2, true,  '',                      ''",
        "265, MR1, MR1, false, '',                      FEAS-TABLE-LIMIT",
        "265, MR2, MR2, false, '',                      FEAS-TABLE-LIMIT"
    })
    void aPatientOverTheBookedTableGoesToAScannerThatTakesTheWeight(
            double kg, String bookedOn, String scannedOn, boolean feasible, String choiceCode, String blockingCode) {
        ScreeningContext c = screen("sciatica", adult().weight(kg).build(), booked(bookedOn));
        assertThat(c.decision(ScannerChoiceRule.class).target().id()).isEqualTo(scannedOn);
        assertThat(c.reasons().stream().map(Reason::code).filter(r -> r.startsWith("REC-")))
                .isEqualTo(choiceCode.isEmpty() ? List.of() : List.of(choiceCode));
        Feasibility f = c.decision(FeasibilityRule.class);
        assertThat(f.feasible()).isEqualTo(feasible);
        assertThat(f.blockingReasons())
                .extracting(Reason::code)
                .isEqualTo(blockingCode.isEmpty() ? List.of() : List.of(blockingCode));
        assertThat(c.flags().contains(Flag.ALTERNATIVE_IMAGING_SUGGESTED)).isEqualTo(!feasible);
    }

    @Test
    void withNoOtherScannerAPatientOverTheTableCannotBeScanned() {
        ScannerContext only = new ScannerContext(POLICY.scanner("MR2"), List.of());
        Feasibility f = screen(
                        "neck pain with radiculopathy", adult().weight(215).build(), only)
                .decision(FeasibilityRule.class);
        assertThat(f.feasible()).isFalse();
        assertThat(f.blockingReasons().get(0).text())
                .isEqualTo("Weight 215 kg is over the table limit of every scanner that may be offered (MR2: 200 kg).");
        assertThat(f.alternativeImaging().modality()).isEqualTo(Feasibility.Modality.CT_MYELOGRAPHY);
    }

    @ParameterizedTest(name = "{0}: {1} -> feasible {2}, {3}")
    @CsvSource(delimiter = '|', textBlock = """
            sciatica                    | MR_UNSAFE          | false | CT_MYELOGRAPHY
            fall, neck injury, deficit  | MR_UNSAFE          | false | CT
            sciatica                    | NOT_MR_CONDITIONAL | true  | CT_MYELOGRAPHY
            sciatica                    | MR_SAFE            | true  | ''
            """)
    void animplantThatBlocksEveryScannerMakesTheScanInfeasible(
            String indication, MrLabel label, boolean feasible, String modality) {
        PatientScreening p = adult().implant(
                        new Implant("device", ImplantType.PACEMAKER_ICD, label, "left chest", 300, null))
                .build();
        Feasibility f = screen(indication, p, booked("MR1")).decision(FeasibilityRule.class);
        assertThat(f.feasible()).isEqualTo(feasible);
        assertThat(f.blockingReasons())
                .extracting(Reason::code)
                .isEqualTo(feasible ? List.of() : List.of("FEAS-IMPLANT-DO-NOT-SCAN"));
        assertThat(
                        f.alternativeImaging() == null
                                ? ""
                                : f.alternativeImaging().modality().name())
                .isEqualTo(modality);
    }

    @Test
    void anImplantAllowedOnlyAt15TWithOnlyA3TScannerCannotBeScanned() {
        PatientScreening p = adult().implant(Fixtures.conditional(
                        ImplantType.SPINAL_FUSION_HARDWARE, "L3-L5", Fixtures.conditions(List.of(1.5))))
                .build();
        ScannerContext only3T = new ScannerContext(POLICY.scanner("MR2"), List.of());
        Feasibility f = screen("s/p L3-L5 fusion, new leg pain", p, only3T).decision(FeasibilityRule.class);
        assertThat(f.feasible()).isFalse();
        assertThat(f.alternativeImaging().modality()).isEqualTo(Feasibility.Modality.CT_MYELOGRAPHY);
    }

    @Test
    void theWeightRerouteKeepsToTheFieldStrengthTheImplantAllows() {
        PatientScreening p = adult().weight(220)
                .implant(Fixtures.conditional(
                        ImplantType.SPINAL_FUSION_HARDWARE, "L4-S1", Fixtures.conditions(List.of(3.0))))
                .build();
        ScannerProfile wide3T =
                POLICY.scanner("MR2").toBuilder().tableLimitKg(180.0).build();
        ScannerContext scanners = new ScannerContext(wide3T, List.of(POLICY.scanner("MR1")));
        ScreeningContext c = screen("sciatica", p, scanners);
        assertThat(c.decision(ScannerChoiceRule.class).target()).isSameAs(wide3T);
        assertThat(c.decision(FeasibilityRule.class).feasible()).isFalse();
    }
}
