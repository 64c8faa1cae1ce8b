package org.mrpa.protocol.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mrpa.protocol.ContrastPhase;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.Plane;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.Region;

class CatalogLoaderTest {

    static final Path CATALOG = Path.of("protocols");

    @Test
    void loadsEveryFileOfTheShippedCatalog() throws IOException {
        ProtocolCatalog catalog = new CatalogLoader().load(CATALOG);
        long protocolFiles;
        try (Stream<Path> s = Files.list(CATALOG)) {
            protocolFiles = s.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p ->
                            !CatalogLoader.SHARED_FILES.contains(p.getFileName().toString()))
                    .count();
        }
        assertThat(catalog.protocols()).hasSize((int) protocolFiles);
        assertThat(catalog.version()).matches("sha256:[0-9a-f]{16}");
        for (Family f : Family.values()) {
            assertThat(catalog.protocolsOf(f)).as("family %s", f).isNotEmpty();
            assertThat(catalog.protocolsOf(f).stream().filter(Protocol::familyDefault))
                    .as("default of %s", f)
                    .hasSize(1);
        }
        assertThat(catalog.protocols()).extracting(Protocol::region).contains(Region.values());
    }

    @Test
    void resolvesTemplateAndGeometryRangesOfTheLumbarProtocol() {
        ProtocolCatalog catalog = new CatalogLoader().load(CATALOG);
        assertThat(catalog.template("STIR").rangesAt(FieldStrength.T1_5).inversionTimeMs())
                .isEqualTo(Range.of(140, 170));
        assertThat(catalog.template("STIR").rangesAt(FieldStrength.T3).inversionTimeMs())
                .isEqualTo(Range.of(200, 250));
        assertThat(catalog.geometry(Region.CERVICAL, Plane.SAG).sliceThicknessMm())
                .isEqualTo(new Range(null, 3.0));
        assertThat(catalog.geometry(Region.LUMBAR, Plane.AX).fieldOfViewMm()).isEqualTo(Range.of(160, 200));
        Protocol lumbar = catalog.protocol("deg-lumbar").orElseThrow();
        assertThat(lumbar.sequences()).extracting(s -> s.id()).containsExactly("sag-t1", "sag-t2", "sag-stir", "ax-t2");
        assertThat(lumbar.sequence("sag-stir").orElseThrow().required()).isFalse();
    }

    @Test
    void versionChangesWhenAnyFileChanges(@TempDir Path dir) throws IOException {
        copyCatalog(dir);
        String before = new CatalogLoader().load(dir).version();
        Files.writeString(
                dir.resolve("deg-lumbar.yaml"), Files.readString(dir.resolve("deg-lumbar.yaml")) + "\n# edited\n");
        assertThat(new CatalogLoader().load(dir).version()).isNotEqualTo(before);
    }

    static Stream<Arguments> brokenCatalogs() {
        return Stream.of(
                Arguments.of(
                        "deg-lumbar.yaml",
                        "plane: SAG}",
                        "plane: SAGG}",
                        "deg-lumbar.yaml: sequences[0].plane: 'SAGG' is not one of [SAG, AX, COR, SEMICOR, SEMIAX]"),
                Arguments.of(
                        "deg-lumbar.yaml",
                        "template: T1_TSE",
                        "template: T9_TSE",
                        "deg-lumbar.yaml: sequences[0].template: unknown template 'T9_TSE'"),
                Arguments.of(
                        "deg-lumbar.yaml",
                        "region: LUMBAR\n",
                        "region: LUMBAR\nregoin: LUMBAR\n",
                        "deg-lumbar.yaml: regoin: unknown field 'regoin'"),
                Arguments.of(
                        "deg-lumbar.yaml",
                        "id: deg-lumbar",
                        "id: deg-lumbar-2",
                        "deg-lumbar.yaml: id: 'deg-lumbar-2' must match the file name (deg-lumbar-2.yaml)"),
                Arguments.of(
                        "deg-lumbar.yaml",
                        "source: [S15]",
                        "source: [S99]",
                        "deg-lumbar.yaml: source: 'S99' is not a source key of the clinical reference (S1-S26)"),
                Arguments.of(
                        "infection-lumbar.yaml",
                        "{id: sag-t1c-fs, template: T1_FS",
                        "{id: sag-t1c-fs, template: STIR",
                        "infection-lumbar.yaml: sequences[5].phase: POST needs a T1-weighted template; 'STIR' is STIR"),
                Arguments.of(
                        "sequence-templates.yaml",
                        "inversionTimeMs: {min: 140, max: 170}",
                        "inversionTimeMs: {min: 170, max: 140}",
                        "sequence-templates.yaml: STIR.ranges.1.5.inversionTimeMs: min 170.0 is above max 140.0"),
                Arguments.of(
                        "site-policy.yaml",
                        "egfrThreshold: 30",
                        "egfrThreshold: thirty",
                        "site-policy.yaml: gadolinium.egfrThreshold: 'thirty' must be a number"),
                Arguments.of(
                        "site-policy.yaml",
                        "egfrThreshold: 30",
                        "egfrThreshold: 500",
                        "site-policy.yaml: gadolinium.egfrThreshold: must be between 0 and 150 mL/min/1.73 m2, was 500.0"),
                Arguments.of(
                        "site-policy.yaml",
                        "defaultScanner: MR1",
                        "defaultScanner: MR9",
                        "site-policy.yaml: defaultScanner: must name one of the scanners"),
                Arguments.of(
                        "deg-lumbar.yaml",
                        "abbreviated: [sag-t2, ax-t2, sag-t1]",
                        "abbreviated: [sag-t2, ax-t3]",
                        "deg-lumbar.yaml: abbreviated[1]: unknown sequence id 'ax-t3'"),
                Arguments.of(
                        "infection-lumbar.yaml",
                        "abbreviated: [sag-stir, sag-t1, sag-t2, ax-t2, sag-t1c-fs, ax-t1c-fs]",
                        "abbreviated: [sag-stir, sag-t1c-fs, sag-t1, ax-t1c-fs, sag-t2, ax-t2]",
                        "infection-lumbar.yaml: abbreviated[2]: PRE sequence 'sag-t1' after the POST sequence"
                                + " 'sag-t1c-fs': every pre-contrast sequence comes before the first post-contrast"
                                + " one (§1.2)"),
                Arguments.of(
                        "infection-lumbar.yaml",
                        "{id: sag-t2, template: T2_TSE, plane: SAG}",
                        "{id: sag-t2, template: T1_TSE, plane: SAG, phase: POST}",
                        "infection-lumbar.yaml: sequences[2].phase: PRE sequence 'sag-stir' after the POST sequence"
                                + " 'sag-t2'"),
                Arguments.of(
                        "geometry.yaml",
                        "SAG: {sliceThicknessMm: {min: 3.0, max: 4.0}, sliceGapMm: {max: 1.0}, fieldOfViewMm: {min: 300,",
                        "SAG: {sliceThicknessMm: {min: 3.0, max: 4.0}, fieldOfViewMm: {min: 300,",
                        "deg-thoracic.yaml: sequences[0].parameters.1.5: needs sliceGapMm (none in geometry.yaml"
                                + " THORACIC.SAG, the template T1_TSE or the sequence's parameters; §2)"),
                Arguments.of(
                        "geometry.yaml",
                        "SAG: {sliceThicknessMm: {max: 3.0}, sliceGapMm: {max: 1.0}, pixelSizeMm: {max: 1.0},",
                        "SAG: {sliceThicknessMm: {max: 3.0}, sliceGapMm: {max: 1.0},",
                        "deg-cervical.yaml: sequences[0].parameters.3: needs pixelSizeMm (none in geometry.yaml"
                                + " CERVICAL.SAG, the template T1_TSE or the sequence's parameters; §2)"),
                Arguments.of(
                        "geometry.yaml",
                        "SEMICOR: {sliceThicknessMm: {max: 4.0}, sliceGapMm: {max: 1.0}, fieldOfViewMm: {min: 200, max: 300}}",
                        "SEMICOR: {sliceThicknessMm: {max: 4.0}, sliceGapMm: {max: 1.0}}",
                        "axspa-sij.yaml: sequences[0].parameters.1.5: needs fieldOfViewMm (none in geometry.yaml"
                                + " SIJ.SEMICOR, the template T1_TSE or the sequence's parameters; §2)"),
                Arguments.of(
                        "sequence-templates.yaml",
                        "bValues: [50, 800]",
                        "bValues: [800, 50]",
                        "sequence-templates.yaml: DWI_SS_EPI.bValues[1]: b-values must be non-negative and ascending,"
                                + " was 50.0"),
                Arguments.of(
                        "sequence-templates.yaml",
                        "bValues: [50, 800]",
                        "bValues: []",
                        "sequence-templates.yaml: DWI_SS_EPI.bValues: a DWI template needs its b-values (s/mm2)"),
                Arguments.of(
                        "mars-measures.yaml",
                        "scale: {sliceThicknessMm: {min: 0.75, max: 0.75}}\n  set: {acquisitionMatrix: {min: 320}}",
                        "scale: {sliceThicknessMm: {min: 1, max: 1}}",
                        "mars-measures.yaml: THIN_SLICES_HIGH_MATRIX: declared as changing parameters but changes none"
                                + " (every factor is 1 and nothing is set)"),
                Arguments.of(
                        "mars-measures.yaml",
                        "{min: 0.75, max: 0.75}",
                        "{min: 0, max: 0.75}",
                        "mars-measures.yaml: THIN_SLICES_HIGH_MATRIX.scale.sliceThicknessMm: factors must be positive"),
                Arguments.of(
                        "site-policy.yaml",
                        "bandwidthFactor: {min: 2, max: 4}",
                        "bandwidthFactor: {min: 1, max: 1}",
                        "site-policy.yaml: mars.bandwidthFactor: HIGH_BANDWIDTH raises the bandwidth (§5 rule 6: about"
                                + " x2-4); a factor of 1 changes nothing"),
                Arguments.of(
                        "deg-lumbar.yaml",
                        "familyDefault: true",
                        "familyDefault: false",
                        "protocols/: familyDefault: family DEG_LUMBAR needs exactly one protocol with familyDefault: true, has []"),
                Arguments.of(
                        "deg-lumbar.yaml",
                        "icd10: [M51.1,",
                        "icd10: [m51-1,",
                        "deg-lumbar.yaml: triggers.icd10: 'm51-1' is not an ICD-10 code prefix"),
                Arguments.of(
                        "indication-lexicon.yaml",
                        "MASS, HEMATOMA, CYST, CSF_LEAK]",
                        "MASS, HEMATOMA, CYST]",
                        "indication-lexicon.yaml: familyPrecedence: families missing: [CSF_LEAK]"),
                Arguments.of(
                        "geometry.yaml",
                        "CERVICAL:",
                        "CERVICAL: [",
                        "geometry.yaml: CERVICAL: must be an object (key: value) (line 4)"),
                Arguments.of(
                        "geometry.yaml", "CERVICAL:\n", "CERVICAL:\n  \"SAG: {\n", "geometry.yaml: not valid YAML"),
                Arguments.of(
                        "deg-lumbar.yaml",
                        "sequences:\n",
                        "sequences: 7\n",
                        "deg-lumbar.yaml: sequences: must be a list"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("brokenCatalogs")
    void rejectsABrokenCatalogNamingFileFieldAndProblem(
            String file, String from, String to, String expected, @TempDir Path dir) throws IOException {
        copyCatalog(dir);
        Path f = dir.resolve(file);
        String text = Files.readString(f);
        assertThat(text).contains(from);
        Files.writeString(
                f,
                text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        assertThatThrownBy(() -> new CatalogLoader().load(dir))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void reportsEveryProblemNotJustTheFirst(@TempDir Path dir) throws IOException {
        copyCatalog(dir);
        replace(dir.resolve("deg-lumbar.yaml"), "template: T1_TSE", "template: NOPE");
        replace(dir.resolve("deg-cervical.yaml"), "template: T2_TSE", "template: NADA");
        assertThatThrownBy(() -> new CatalogLoader().load(dir))
                .isInstanceOfSatisfying(
                        CatalogException.class,
                        e -> assertThat(e.problems())
                                .extracting(CatalogProblem::file)
                                .containsOnly("deg-lumbar.yaml", "deg-cervical.yaml")
                                .contains("deg-lumbar.yaml", "deg-cervical.yaml"));
    }

    @Test
    void rejectsAMissingSharedFile(@TempDir Path dir) throws IOException {
        copyCatalog(dir);
        Files.delete(dir.resolve("site-policy.yaml"));
        assertThatThrownBy(() -> new CatalogLoader().load(dir))
                .hasMessageContaining("site-policy.yaml: file is missing");
    }

    @Test
    void rejectsAMissingFolder(@TempDir Path dir) {
        assertThatThrownBy(() -> new CatalogLoader().load(dir.resolve("nope")))
                .hasMessageContaining("catalog folder not found");
    }

    @Test
    void noContrastVariantCannotAddPostSequences(@TempDir Path dir) throws IOException {
        copyCatalog(dir);
        replace(
                dir.resolve("deg-lumbar.yaml"),
                "abbreviated:",
                "noContrast: {add: [{id: extra, template: T1_TSE, plane: AX, phase: POST}]}\nabbreviated:");
        assertThatThrownBy(() -> new CatalogLoader().load(dir))
                .hasMessageContaining(
                        "deg-lumbar.yaml: noContrast.add[0].phase: the no-contrast variant cannot add a POST sequence");
    }

    @Test
    void postContrastSequencesAreAllT1Weighted() {
        ProtocolCatalog catalog = new CatalogLoader().load(CATALOG);
        List<String> nonT1 = catalog.protocols().stream()
                .flatMap(p -> p.sequences().stream()
                        .filter(s -> s.phase() == ContrastPhase.POST)
                        .filter(s -> !catalog.template(s.template()).weighting().isT1Weighted())
                        .map(s -> p.id() + "/" + s.id()))
                .toList();
        assertThat(nonT1).isEmpty();
    }

    static void copyCatalog(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(CATALOG)) {
            for (Path p : s.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
    }

    static void replace(Path f, String from, String to) throws IOException {
        Files.writeString(f, Files.readString(f).replace(from, to));
    }

    @SuppressWarnings("unused")
    private static String enumList(Class<? extends Enum<?>> e) {
        return Arrays.toString(e.getEnumConstants());
    }
}
