package org.mrpa.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mrpa.screening.Fixtures.CATALOG;
import static org.mrpa.screening.Fixtures.POLICY;
import static org.mrpa.screening.Fixtures.booked;
import static org.mrpa.screening.Fixtures.conditional;
import static org.mrpa.screening.Fixtures.conditions;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrpa.advice.ArtifactMeasure;
import org.mrpa.advice.Flag;
import org.mrpa.protocol.LicensedOption;
import org.mrpa.protocol.Region;

class MetalArtifactRuleTest {

    private final MetalArtifactRule rule = new MetalArtifactRule();

    private ArtifactReduction evaluate(Region region, ScannerContext s, boolean contrast, Implant... implants) {
        return rule.evaluate(List.of(implants), region, s, contrast, CATALOG.lexicon(), POLICY);
    }

    @ParameterizedTest(name = "{0} hardware at {1}: {2}")
    @CsvSource({
        "LUMBAR,   L4-S1,      IN_FOV,      true",
        "LUMBAR,   T11,        NEAR_FOV,    true",
        "LUMBAR,   T10,        OUTSIDE_FOV, false",
        "CERVICAL, C5-6,       IN_FOV,      true",
        "CERVICAL, T2,         NEAR_FOV,    true",
        "CERVICAL, L4-L5,      OUTSIDE_FOV, false",
        "THORACIC, left chest, IN_FOV,      true",
        "LUMBAR,   left hip,   IN_FOV,      true",
        "CERVICAL, left hip,   OUTSIDE_FOV, false",
        "SIJ,      L5-S1,      IN_FOV,      true",
        "LUMBAR,   '',         UNKNOWN,     true"
    })
    void marsAppliesWhenHardwareIsInOrWithinTheSiteMarginOfTheFov(
            Region region, String location, ArtifactReduction.Position position, boolean required) {
        ArtifactReduction a = evaluate(
                region,
                booked("MR1"),
                false,
                conditional(org.mrpa.screening.ImplantType.SPINAL_FUSION_HARDWARE, location, conditions(List.of(1.5))));
        assertThat(a.hardware())
                .extracting(ArtifactReduction.HardwarePosition::position)
                .containsExactly(position);
        assertThat(a.marsRequired()).isEqualTo(required);
        assertThat(a.flags().contains(Flag.HARDWARE_IN_FOV)).isEqualTo(position == ArtifactReduction.Position.IN_FOV);
    }

    @Test
    void pacemakerWithoutLocationIsPlacedInTheChest() {
        Implant cied = new Implant(
                "pacer", ImplantType.PACEMAKER_ICD, MrLabel.MR_CONDITIONAL, null, null, conditions(List.of(1.5)));
        assertThat(evaluate(Region.LUMBAR, booked("MR1"), false, cied).marsRequired())
                .isFalse();
        assertThat(evaluate(Region.THORACIC, booked("MR1"), false, cied).marsRequired())
                .isTrue();
    }

    @Test
    void mrSafeImplantsAreNotMetal() {
        ArtifactReduction a = evaluate(
                Region.LUMBAR,
                booked("MR1"),
                false,
                new Implant("PEEK cage", ImplantType.OTHER, MrLabel.MR_SAFE, "L4-5", null, null));
        assertThat(a.marsRequired()).isFalse();
        assertThat(a.hardware())
                .extracting(ArtifactReduction.HardwarePosition::position)
                .containsExactly(ArtifactReduction.Position.NON_METALLIC);
    }

    @Test
    void measuresAt3TWithContrastAndLicensedOptions() {
        ArtifactReduction a = evaluate(
                Region.LUMBAR,
                Fixtures.unknownScanner(3.0, LicensedOption.MAVRIC_SL, LicensedOption.DIXON),
                true,
                conditional(ImplantType.SPINAL_FUSION_HARDWARE, "L4-S1", conditions(List.of(3.0))));
        assertThat(a.measures())
                .containsExactly(
                        ArtifactMeasure.PREFER_1_5T,
                        ArtifactMeasure.TSE_NOT_GRE,
                        ArtifactMeasure.NO_SS_EPI_DWI,
                        ArtifactMeasure.STIR_OR_DIXON_FS,
                        ArtifactMeasure.HIGH_BANDWIDTH,
                        ArtifactMeasure.POST_CONTRAST_DIXON_OR_SUBTRACTION,
                        ArtifactMeasure.FREQ_ALONG_HARDWARE,
                        ArtifactMeasure.THIN_SLICES_HIGH_MATRIX,
                        ArtifactMeasure.VAT_SEMAC_MAVRIC_IF_AVAILABLE);
        assertThat(a.licensedTechniques()).containsExactly(LicensedOption.MAVRIC_SL);
    }

    @Test
    void at15TWithoutContrastThereIsNoPrefer15AndNoPostContrastMeasure() {
        ArtifactReduction a = evaluate(
                Region.LUMBAR,
                booked("MR1"),
                false,
                conditional(ImplantType.SPINAL_FUSION_HARDWARE, "L4-S1", conditions(List.of(1.5))));
        assertThat(a.measures())
                .doesNotContain(ArtifactMeasure.PREFER_1_5T, ArtifactMeasure.POST_CONTRAST_DIXON_OR_SUBTRACTION);
        assertThat(a.licensedTechniques()).containsExactly(LicensedOption.SEMAC, LicensedOption.VAT);
    }
}
