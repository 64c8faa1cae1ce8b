package org.mrpa.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mrpa.screening.Fixtures.CATALOG;
import static org.mrpa.screening.Fixtures.POLICY;
import static org.mrpa.screening.Fixtures.booked;
import static org.mrpa.screening.Fixtures.conditions;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrpa.advice.Flag;
import org.mrpa.advice.Reason;
import org.mrpa.protocol.Region;

/** Implants placed by body site (§1.6), by the path of their leads, or by an explicit statement; MARS only in or near. */
class ImplantPlacementTest {

    private final MetalArtifactRule rule = new MetalArtifactRule();

    private ArtifactReduction evaluate(Region region, Implant implant) {
        return rule.evaluate(List.of(implant), region, booked("MR1"), false, CATALOG.lexicon(), POLICY);
    }

    private static Implant at(ImplantType type, String location, Boolean inOrNear) {
        return new Implant(
                "device",
                type,
                MrLabel.MR_CONDITIONAL,
                location,
                100,
                conditions(List.of(1.5, 3.0)),
                inOrNear,
                null,
                null);
    }

    @ParameterizedTest(name = "{0} {1} for {2}: {3} at {4}")
    @CsvSource(delimiter = '|', textBlock = """
            PACEMAKER_ICD          | left chest                               | LUMBAR          | OUTSIDE_FOV | T1-T6
            PACEMAKER_ICD          | left pectoral                            | THORACIC        | IN_FOV      | T1-T6
            OTHER                  | left chest wall                          | CERVICOTHORACIC | IN_FOV      | T1-T6
            PASSIVE_NEURO          | head (right MCA)                         | LUMBAR          | OUTSIDE_FOV | the head (above C1)
            COCHLEAR_IMPLANT       | right side of head                       | CERVICAL        | NEAR_FOV    | the head (above C1)
            SPINAL_CORD_STIMULATOR | left upper buttock                       | LUMBAR          | IN_FOV      | L4-S5
            SPINAL_CORD_STIMULATOR | leads T9-T11, IPG right buttock          | LUMBAR          | IN_FOV      | T9-T11, L4-S5
            SPINAL_CORD_STIMULATOR | leads T10-T11, IPG left flank            | CERVICAL        | OUTSIDE_FOV | T10-T11, T12-L3
            OTHER                  | right flank (abdominal wall), catheter L3 to T10 | LUMBAR  | IN_FOV      | T10-L3, T10-L3, T12-L3
            OTHER                  | upper abdomen                            | CERVICAL        | OUTSIDE_FOV | T10-L1, T10-L3
            PASSIVE_ORTHO          | left hip                                 | SIJ             | IN_FOV      | L5-S5
            PASSIVE_ORTHO          | both hips                                | CERVICAL        | OUTSIDE_FOV | L5-S5
            PASSIVE_ORTHO          | left lower leg (tibia)                   | LUMBAR          | OUTSIDE_FOV | a limb (far from the spine)
            BALLISTIC_FRAGMENT     | left thigh                               | LUMBAR          | OUTSIDE_FOV | a limb (far from the spine)
            PASSIVE_ORTHO          | right shoulder                           | LUMBAR          | OUTSIDE_FOV | T1-T6
            SPINAL_FUSION_HARDWARE | T11-L1                                   | THORACOLUMBAR   | IN_FOV      | T11-L1
            """)
    void anImplantIsPlacedByItsBodySiteAndItsLeads(
            ImplantType type, String location, Region region, ArtifactReduction.Position position, String levels) {
        ArtifactReduction a = evaluate(region, at(type, location, null));
        assertThat(a.hardware().get(0).position()).isEqualTo(position);
        assertThat(a.hardware().get(0).levels()).isEqualTo(levels);
        assertThat(a.marsRequired()).isEqualTo(position != ArtifactReduction.Position.OUTSIDE_FOV);
        assertThat(a.flags().contains(Flag.HARDWARE_IN_FOV)).isEqualTo(position == ArtifactReduction.Position.IN_FOV);
    }

    @ParameterizedTest(name = "{0} for {1}, stated in or near {2}: MARS {3}")
    @CsvSource({
        "right anterior chest wall, THORACIC, false, false",
        "left temporal bone (head), CERVICAL, true, true",
        "left thigh, LUMBAR, true, true",
        "L4-S1, LUMBAR, false, false"
    })
    void anExplicitStatementWinsOverTheEstimate(String location, Region region, boolean stated, boolean mars) {
        ArtifactReduction a = evaluate(region, at(ImplantType.OTHER, location, stated));
        assertThat(a.marsRequired()).isEqualTo(mars);
        assertThat(a.flags().contains(Flag.HARDWARE_IN_FOV)).isEqualTo(mars);
        assertThat(a.reasons().get(0).code()).isEqualTo("MARS-STATED-POSITION");
        assertThat(a.reasons().stream().map(Reason::code).filter(c -> c.equals("MARS-OUTSIDE-FOV")))
                .isEmpty();
    }
}
