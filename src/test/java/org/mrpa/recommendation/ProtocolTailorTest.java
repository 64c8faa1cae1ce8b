package org.mrpa.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrpa.advice.GadoliniumDecision;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.LicensedOption;
import org.mrpa.protocol.ParameterRanges;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.catalog.CatalogLoader;
import org.mrpa.protocol.catalog.ProtocolCatalog;

class ProtocolTailorTest {

    static final ProtocolCatalog CATALOG = new CatalogLoader().load(Path.of("protocols"));
    final ProtocolTailor tailor = new ProtocolTailor(CATALOG);

    static String sig(PlannedSequence s) {
        return s.order() + " " + s.id() + " " + s.contrastPhase() + (s.acquireIfTolerated() ? " if-tolerated" : "");
    }

    static Protocol protocol(String id) {
        return CATALOG.protocol(id).orElseThrow();
    }

    @Test
    void abbreviatedInfectionPutsTheKeySequenceFirstAndEveryPreBeforeEveryPost() {
        ProtocolTailor.Tailored t = tailor.tailor(
                protocol("infection-lumbar"),
                Optional.of(FieldStrength.T1_5),
                GadoliniumDecision.GIVE,
                false,
                Set.of(),
                true,
                false);
        assertThat(t.variants()).containsExactly(ProtocolTailor.Variant.CONTRAST, ProtocolTailor.Variant.ABBREVIATED);
        assertThat(t.sequences())
                .extracting(ProtocolTailorTest::sig)
                .containsExactly(
                        "1 sag-stir PRE",
                        "2 sag-t1 PRE",
                        "3 sag-t2 PRE",
                        "4 ax-t2 PRE",
                        "5 ax-dwi PRE if-tolerated",
                        "6 sag-t1c-fs POST",
                        "7 ax-t1c-fs POST");
    }

    @Test
    void abbreviatedListThatNamesAPostSequenceEarlyStillKeepsEveryPreBeforeEveryPost() {
        Protocol p = protocol("infection-lumbar");
        Protocol postFirst = new Protocol(
                p.id(),
                p.title(),
                p.family(),
                p.region(),
                p.familyDefault(),
                p.description(),
                p.source(),
                p.triggers(),
                p.coil(),
                p.contrast(),
                p.sequences(),
                List.of("sag-stir", "sag-t1c-fs", "sag-t1", "ax-t1c-fs"),
                p.noContrast(),
                p.postContrastDelayMin(),
                p.tolerancePercent());
        ProtocolTailor.Tailored t = tailor.tailor(
                postFirst, Optional.of(FieldStrength.T3), GadoliniumDecision.GIVE, false, Set.of(), true, false);
        assertThat(t.sequences())
                .extracting(ProtocolTailorTest::sig)
                .containsExactly(
                        "1 sag-stir PRE",
                        "2 sag-t1 PRE",
                        "3 sag-t2 PRE if-tolerated",
                        "4 ax-t2 PRE if-tolerated",
                        "5 ax-dwi PRE if-tolerated",
                        "6 sag-t1c-fs POST",
                        "7 ax-t1c-fs POST");
    }

    @Test
    void abbreviatedPostopNearMetalKeepsThePreContrastSeriesBeforeTheSubtractions() {
        ProtocolTailor.Tailored t = tailor.tailor(
                protocol("postop-lumbar"),
                Optional.of(FieldStrength.T1_5),
                GadoliniumDecision.GIVE,
                true,
                Set.of(),
                true,
                false);
        assertThat(t.sequences())
                .extracting(ProtocolTailorTest::sig)
                .containsExactly(
                        "1 sag-t2 PRE",
                        "2 ax-t2 PRE",
                        "3 sag-t1 PRE",
                        "4 sag-fluid-fs PRE if-tolerated",
                        "5 ax-t1 PRE if-tolerated",
                        "6 sag-t1c-fs POST",
                        "7 ax-t1c-fs POST",
                        "8 sag-t1c-fs-sub POST if-tolerated",
                        "9 ax-t1c-fs-sub POST if-tolerated");
    }

    @Test
    void theNoContrastVariantHasNoPostSequenceAndAddsItsFallbackLast() {
        ProtocolTailor.Tailored t = tailor.tailor(
                protocol("infection-lumbar"),
                Optional.of(FieldStrength.T1_5),
                GadoliniumDecision.AVOID,
                false,
                Set.of(LicensedOption.DIXON),
                true,
                false);
        assertThat(t.sequences())
                .extracting(ProtocolTailorTest::sig)
                .containsExactly(
                        "1 sag-stir PRE", "2 sag-t1 PRE", "3 sag-t2 PRE", "4 ax-t2 PRE", "5 ax-dwi PRE if-tolerated");
    }

    static PlannedSequence lumbarSagT2(FieldStrength field, boolean mars) {
        ProtocolTailor.Tailored t = ProtocolTailorTest.tailorStatic(field, mars);
        return t.sequences().stream()
                .filter(s -> s.id().equals("sag-t2"))
                .findFirst()
                .orElseThrow();
    }

    static ProtocolTailor.Tailored tailorStatic(FieldStrength field, boolean mars) {
        return new ProtocolTailor(CATALOG)
                .tailor(
                        protocol("deg-lumbar"),
                        Optional.of(field),
                        GadoliniumDecision.NOT_INDICATED,
                        mars,
                        Set.of(),
                        false,
                        false);
    }

    @ParameterizedTest(name = "{0} T, MARS {1}")
    @CsvSource({
        "T1_5, false, 130,  250, 3.0,  4.0, ,    ''",
        "T1_5, true,  260, 1000, 2.25, 3.0, 320, 'MARS-HIGH-BANDWIDTH,MARS-THIN-SLICES'",
        "T3,   false, 200,  300, 3.0,  4.0, ,    ''",
        "T3,   true,  400, 1200, 2.25, 3.0, 320, 'MARS-HIGH-BANDWIDTH,MARS-THIN-SLICES'"
    })
    void metalArtifactReductionRaisesTheBandwidthThinsTheSlicesAndRaisesTheMatrix(
            FieldStrength field,
            boolean mars,
            double bwMin,
            double bwMax,
            double sliceMin,
            double sliceMax,
            Double matrixMin,
            String changes) {
        PlannedSequence s = lumbarSagT2(field, mars);
        ParameterRanges r = s.parameters();
        assertThat(r.receiverBandwidthHzPerPixel()).isEqualTo(Range.of(bwMin, bwMax));
        assertThat(r.sliceThicknessMm()).isEqualTo(Range.of(sliceMin, sliceMax));
        assertThat(r.sliceGapMm()).isEqualTo(new Range(null, 1.0));
        assertThat(r.fieldOfViewMm()).isEqualTo(Range.of(260, 320));
        assertThat(r.acquisitionMatrix()).isEqualTo(matrixMin == null ? null : new Range(matrixMin, null));
        assertThat(r.repetitionTimeMs()).isEqualTo(Range.of(2500, 4500));
        assertThat(String.join(",", s.changes())).isEqualTo(changes);
    }
}
