package org.mrpa.protocol.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.ParameterRanges;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.Region;
import org.mrpa.protocol.SequenceSpec;

/** The shipped protocols of the combined regions (§1.5) and the families whose sequence sets §1.3 fixes. */
class CatalogProtocolsTest {

    static final ProtocolCatalog CATALOG = new CatalogLoader().load(Path.of("protocols"));

    static Protocol protocol(String id) {
        return CATALOG.protocol(id).orElseThrow();
    }

    /** "id PLANE template PHASE" of every sequence, in order. */
    static List<String> sequences(Protocol p) {
        return p.sequences().stream()
                .map(s -> s.id() + " " + s.plane() + " " + s.template() + " " + s.phase())
                .toList();
    }

    static ParameterRanges ranges(String protocolId, String sequenceId, FieldStrength field) {
        Protocol p = protocol(protocolId);
        SequenceSpec s = p.sequence(sequenceId).orElseThrow();
        return CATALOG.ranges(p, s, CATALOG.template(s.template()), field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "myelopathy-cervicothoracic, MYELOPATHY, CERVICOTHORACIC",
        "tumor-cervicothoracic,      TUMOR,      CERVICOTHORACIC",
        "tumor-thoracolumbar,        TUMOR,      THORACOLUMBAR",
        "trauma-thoracolumbar,       TRAUMA,     THORACOLUMBAR",
        "infection-thoracolumbar,    INFECTION,  THORACOLUMBAR"
    })
    void combinedRegionProtocolsLoadAsNonDefaultProtocolsOfTheirRegion(String id, Family family, Region region) {
        Protocol p = protocol(id);
        assertThat(p.family()).isEqualTo(family);
        assertThat(p.region()).isEqualTo(region);
        assertThat(p.familyDefault()).isFalse();
    }

    @Test
    void cervicothoracicMyelopathyHasTheCordProtocolWithHeadNeckAndSpineCoils() {
        Protocol p = protocol("myelopathy-cervicothoracic");
        assertThat(sequences(p))
                .containsExactly(
                        "sag-t1 SAG T1_TSE PRE",
                        "sag-t2 SAG T2_TSE PRE",
                        "sag-stir SAG STIR PRE",
                        "ax-t2 AX T2_TSE PRE",
                        "ax-t2star AX T2STAR_GRE PRE",
                        "sag-t1c SAG T1_TSE POST",
                        "ax-t1c AX T1_TSE POST");
        assertThat(p.coil().receive()).containsExactly("Head-neck array", "Posterior spine array");
        assertThat(p.postContrastDelayMin()).isEqualTo(5);
    }

    @Test
    void cervicothoracicSagittalCoversBothRegionsWithTheCervicalSliceAndPixelLimits() {
        ParameterRanges at15 = ranges("myelopathy-cervicothoracic", "sag-t2", FieldStrength.T1_5);
        assertThat(at15)
                .isEqualTo(ParameterRanges.builder()
                        .repetitionTimeMs(Range.of(2500, 4500))
                        .echoTimeMs(Range.of(90, 120))
                        .echoTrainLength(Range.of(12, 25))
                        .sliceThicknessMm(new Range(null, 3.0))
                        .sliceGapMm(new Range(null, 1.0))
                        .fieldOfViewMm(Range.of(300, 380))
                        .pixelSizeMm(new Range(null, 1.0))
                        .receiverBandwidthHzPerPixel(Range.of(130, 250))
                        .build());
        ParameterRanges at3 = ranges("myelopathy-cervicothoracic", "sag-stir", FieldStrength.T3);
        assertThat(at3)
                .isEqualTo(ParameterRanges.builder()
                        .repetitionTimeMs(Range.of(3000, 6000))
                        .echoTimeMs(Range.of(30, 60))
                        .inversionTimeMs(Range.of(200, 250))
                        .sliceThicknessMm(new Range(null, 3.0))
                        .sliceGapMm(new Range(null, 1.0))
                        .fieldOfViewMm(Range.of(300, 380))
                        .pixelSizeMm(new Range(null, 1.0))
                        .receiverBandwidthHzPerPixel(Range.of(200, 300))
                        .build());
    }

    @Test
    void focalTumourAtTheThoracolumbarJunctionHasPostContrastInTwoPlanes() {
        assertThat(sequences(protocol("tumor-thoracolumbar")))
                .containsExactly(
                        "sag-t1 SAG T1_TSE PRE",
                        "sag-stir SAG STIR PRE",
                        "sag-t2 SAG T2_TSE PRE",
                        "ax-t2 AX T2_TSE PRE",
                        "sag-t1c-fs SAG T1_FS POST",
                        "ax-t1c-fs AX T1_FS POST");
        assertThat(ranges("tumor-thoracolumbar", "ax-t1c-fs", FieldStrength.T1_5))
                .isEqualTo(ParameterRanges.builder()
                        .repetitionTimeMs(Range.of(400, 700))
                        .echoTimeMs(Range.of(8, 15))
                        .echoTrainLength(Range.of(2, 5))
                        .sliceThicknessMm(Range.of(3, 4))
                        .sliceGapMm(new Range(null, 1.0))
                        .fieldOfViewMm(Range.of(160, 200))
                        .receiverBandwidthHzPerPixel(Range.of(130, 250))
                        .build());
        assertThat(ranges("tumor-thoracolumbar", "sag-t1", FieldStrength.T3))
                .isEqualTo(ParameterRanges.builder()
                        .repetitionTimeMs(Range.of(500, 900))
                        .echoTimeMs(Range.of(8, 15))
                        .echoTrainLength(Range.of(2, 5))
                        .sliceThicknessMm(Range.of(3, 4))
                        .sliceGapMm(new Range(null, 1.0))
                        .fieldOfViewMm(Range.of(300, 380))
                        .receiverBandwidthHzPerPixel(Range.of(200, 300))
                        .build());
    }

    @Test
    void thoracolumbarTraumaAndInfectionKeepTheirFamilyCoreSequences() {
        assertThat(sequences(protocol("trauma-thoracolumbar")))
                .containsExactly(
                        "sag-t1 SAG T1_TSE PRE",
                        "sag-t2 SAG T2_TSE PRE",
                        "sag-stir SAG STIR PRE",
                        "ax-t2 AX T2_TSE PRE",
                        "ax-t2star AX T2STAR_GRE PRE");
        assertThat(sequences(protocol("infection-thoracolumbar")))
                .containsExactly(
                        "sag-t1 SAG T1_TSE PRE",
                        "sag-t2 SAG T2_TSE PRE",
                        "sag-stir SAG STIR PRE",
                        "ax-t2 AX T2_TSE PRE",
                        "ax-dwi AX DWI_SS_EPI PRE",
                        "sag-t1c-fs SAG T1_FS POST",
                        "ax-t1c-fs AX T1_FS POST");
        assertThat(protocol("infection-thoracolumbar").coil().receive())
                .containsExactly("Posterior spine array", "Anterior body/flex array");
    }

    @Test
    void softTissueMassHasPreAndPostT1FatSuppressedInTwoPlanesWithSubtractions() {
        assertThat(sequences(protocol("mass-paraspinal")))
                .containsExactly(
                        "ax-t1 AX T1_TSE PRE",
                        "ax-t2-fs AX T2_FS PRE",
                        "cor-t1 COR T1_TSE PRE",
                        "cor-stir COR STIR PRE",
                        "ax-dwi AX DWI_SS_EPI PRE",
                        "ax-t1-fs AX T1_FS PRE",
                        "cor-t1-fs COR T1_FS PRE",
                        "ax-t1c-fs AX T1_FS POST",
                        "ax-subtraction AX SUBTRACTION POST",
                        "cor-t1c-fs COR T1_FS POST",
                        "cor-subtraction COR SUBTRACTION POST");
        assertThat(ranges("mass-paraspinal", "cor-t1c-fs", FieldStrength.T1_5))
                .isEqualTo(ranges("mass-paraspinal", "cor-t1-fs", FieldStrength.T1_5));
    }

    @Test
    void epiduralHaematomaHasT1T2AndFluidInTwoPlanesAndAxialT2Star() {
        assertThat(sequences(protocol("hematoma-epidural")))
                .containsExactly(
                        "sag-t1 SAG T1_TSE PRE",
                        "sag-t2 SAG T2_TSE PRE",
                        "sag-stir SAG STIR PRE",
                        "ax-t1 AX T1_TSE PRE",
                        "ax-t2 AX T2_TSE PRE",
                        "ax-stir AX STIR PRE",
                        "ax-t2star AX T2STAR_GRE PRE",
                        "sag-t1c-fs SAG T1_FS POST");
    }

    @Test
    void diffusionTemplatesCarryTheSiteBValues() {
        assertThat(CATALOG.template("DWI_SS_EPI").bValues()).containsExactly(50.0, 800.0);
        assertThat(CATALOG.template("DWI_MULTISHOT").bValues()).containsExactly(50.0, 800.0);
        assertThat(CATALOG.template("T2_TSE").bValues()).isEmpty();
    }

    @Test
    void theThinT1GradientEchoOfTheSacroiliacJointsHasContiguousPartitionsOfAtMostOneMillimetre() {
        for (FieldStrength f : FieldStrength.values()) {
            ParameterRanges r = ranges("axspa-sij", "semicor-t1-3d-gre", f);
            assertThat(r.sliceThicknessMm()).isEqualTo(new Range(null, 1.0));
            assertThat(r.sliceGapMm()).isEqualTo(new Range(null, 0.0));
            assertThat(r.fieldOfViewMm()).isEqualTo(Range.of(200, 300));
        }
    }
}
