package org.mrpa.dicom.vendor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vendor room: vendors named from Manufacturer, private elements by creator, vendor words by marker. */
class VendorConventionsTest {

    @ParameterizedTest(name = "Manufacturer ''{0}'' -> {1}")
    @CsvSource({
        "SIEMENS, SIEMENS",
        "Siemens Healthineers, SIEMENS",
        "GE MEDICAL SYSTEMS, GE",
        "GE, GE",
        "GE_HEALTHCARE, GE",
        "General Electric, GE",
        "GEMS, OTHER",
        "Philips Medical Systems, PHILIPS",
        "TOSHIBA_MEC, CANON",
        "CANON_MEC, CANON",
        "UIH, UIH",
        "United Imaging Healthcare, UIH",
        "Hitachi Medical Corporation, HITACHI",
        "FUJIFILM Healthcare, HITACHI",
        "Hyperfine Research, HYPERFINE",
        "Esaote, OTHER",
        "'  ', UNKNOWN"
    })
    void vendorIsNamedByTheManufacturerPrefix(String manufacturer, Vendor expected) {
        assertThat(Vendor.of(manufacturer)).isEqualTo(expected);
    }

    @Test
    void noManufacturerIsTheUnknownVendor() {
        assertThat(Vendor.of(null)).isEqualTo(Vendor.UNKNOWN);
        assertThat(VendorConventions.of(null)).isSameAs(UnknownVendorConventions.INSTANCE);
    }

    @Test
    void privateElementSitsInTheBlockItsCreatorReserves() {
        PrivateTag mode = AnyVendor.privateTags().stream()
                .filter(t -> t.name().equals("GEOperatingMode"))
                .findFirst()
                .orElseThrow();
        assertThat(mode.elementIn(0x0010)).isEqualTo(0x1089);
        assertThat(mode.elementIn(0x0011)).isEqualTo(0x1189);
    }

    @Test
    void privateValueNamesAreTheOnesStoredWithEveryInstance() {
        assertThat(AnyVendor.privateTags())
                .extracting(PrivateTag::name)
                .containsExactlyInAnyOrder(
                        "SiemensDiffusionBValue",
                        "SiemensCoilString",
                        "GEPulseSequenceName",
                        "GEOperatingMode",
                        "GEDiffusionBValue",
                        "PhilipsScanningTechnique",
                        "UIHCoilString");
        assertThat(AnyVendor.namesStandingFor(PrivateTag.StandsFor.RECEIVE_COIL))
                .containsExactly("SiemensCoilString", "UIHCoilString");
    }

    @ParameterizedTest(name = "{0} ''{1}'' marks {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SCAN_OPTIONS   | IR_GEMS       | INVERSION_RECOVERY
            SCAN_OPTIONS   | IR            | INVERSION_RECOVERY
            SCAN_OPTIONS   | FAST_GEMS     | SPIN_ECHO
            SCAN_OPTIONS   | IDEAL_GEMS    | DIXON
            SCAN_OPTIONS   | SPAIR         | FAT_SUPPRESSION
            TECHNIQUE      | MDIXON        | DIXON
            TECHNIQUE      | DWISE         | SPIN_ECHO_EPI
            TECHNIQUE      | T1TFE         | GRADIENT_ECHO
            SEQUENCE_NAME  | *tir2d1       | INVERSION_RECOVERY
            SEQUENCE_NAME  | ep_b1000      | DIFFUSION
            SEQUENCE_NAME  | ep_b1000      | ECHO_PLANAR
            SEQUENCE_NAME  | mp-rage       | GRADIENT_ECHO
            IMAGE_TYPE     | MOSAIC        | TILED_IMAGE
            IMAGE_TYPE     | TRACEW        | DERIVED
            """)
    void vendorWordsMarkWhatTheyMean(Spelling.Field field, String word, Marker marker) {
        assertThat(AnyVendor.marks(marker, words(field, word))).isTrue();
        assertThat(Arrays.stream(Marker.values()).filter(m -> AnyVendor.marks(m, words(field, "PLAIN"))))
                .isEmpty();
    }

    private static HeaderWords words(Spelling.Field field, String word) {
        return new HeaderWords(
                field == Spelling.Field.SCAN_OPTIONS ? Set.of(word) : Set.of(),
                field == Spelling.Field.IMAGE_TYPE ? Set.of(word) : Set.of(),
                field == Spelling.Field.TECHNIQUE ? Set.of(word) : Set.of(),
                field == Spelling.Field.SEQUENCE_NAME ? word + "  " : "  ");
    }

    @Test
    void theVendorRoomImportsOnlyTheJdk() {
        classes()
                .that()
                .resideInAPackage("org.mrpa.dicom.vendor")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.mrpa.dicom.vendor")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.mrpa.dicom.vendor"));
    }
}
