package org.mrpa.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.catalog.CatalogLoader;

/** Every classification rule of §8.1 on minimal synthetic headers (one instance, axial). */
class SeriesClassifierTest {

    static final SeriesClassifier CLASSIFIER =
            new SeriesClassifier(new CatalogLoader().load(Path.of("protocols")).headerClassification());

    static SeriesClassifier.Classification classify(
            String imageType,
            String ss,
            String sv,
            String so,
            String seqName,
            double b0,
            Double tr,
            Double te,
            Double ti,
            String description,
            String agent) {
        Map<String, List<String>> text = new HashMap<>();
        put(text, "ImageType", imageType);
        put(text, "ScanningSequence", ss);
        put(text, "SequenceVariant", sv);
        put(text, "ScanOptions", so);
        put(text, "SequenceName", seqName);
        put(text, "SeriesDescription", description);
        put(text, "ContrastBolusAgent", agent);
        text.put("SeriesInstanceUID", List.of("1.2"));
        Map<String, List<Double>> numbers = new HashMap<>();
        numbers.put("MagneticFieldStrength", List.of(b0));
        if (tr != null) {
            numbers.put("RepetitionTime", List.of(tr));
        }
        if (te != null) {
            numbers.put("EchoTime", List.of(te));
        }
        if (ti != null) {
            numbers.put("InversionTime", List.of(ti));
        }
        InstanceHeader h = new InstanceHeader(
                "f",
                null,
                DicomHeaderReader.MR_IMAGE,
                false,
                text,
                numbers,
                Map.of(),
                Set.of(),
                List.of(new double[] {1, 0, 0, 0, 1, 0}),
                1);
        return CLASSIFIER.classify(new SeriesView(List.of(h)));
    }

    private static void put(Map<String, List<String>> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, List.of(v.split("\\\\")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            spin echo short TR/TE            | ORIGINAL\\PRIMARY | SE     | SK     | -           | -          | 1.5 | 500  | 12  | -    | -            | T1           | NONE
            spin echo long TR/TE             | ORIGINAL\\PRIMARY | SE     | SK     | -           | -          | 1.5 | 3500 | 100 | -    | -            | T2           | NONE
            spin echo long TR short TE       | ORIGINAL\\PRIMARY | SE     | SK     | -           | -          | 1.5 | 3000 | 20  | -    | -            | PD           | NONE
            spin echo between the bands      | ORIGINAL\\PRIMARY | SE     | SK     | -           | -          | 1.5 | 1500 | 50  | -    | -            | UNIDENTIFIED | NONE
            T2 with FS scan option           | ORIGINAL\\PRIMARY | SE     | SK     | FS          | -          | 3   | 4000 | 90  | -    | -            | T2           | SPECTRAL
            STIR at 1.5 T                    | ORIGINAL\\PRIMARY | SE\\IR | SK\\MP | IR          | *tir2d1    | 1.5 | 4000 | 40  | 150  | -            | STIR         | STIR
            STIR at 3 T                      | ORIGINAL\\PRIMARY | IR     | SK     | IR_GEMS     | -          | 3   | 4000 | 40  | 230  | -            | STIR         | STIR
            FLAIR                            | ORIGINAL\\PRIMARY | SE\\IR | SK     | -           | -          | 1.5 | 9000 | 100 | 2500 | -            | FLAIR        | NONE
            T1-FLAIR                         | ORIGINAL\\PRIMARY | SE\\IR | SK     | -           | -          | 3   | 2000 | 10  | 850  | -            | T1_FLAIR     | NONE
            IR-prepared gradient echo        | ORIGINAL\\PRIMARY | GR\\IR | SP\\MP | -           | -          | 3   | 8    | 3   | 900  | -            | T1           | NONE
            gradient echo                    | ORIGINAL\\PRIMARY | GR     | SP     | -           | *fl2d1     | 1.5 | 500  | 12  | -    | -            | GRE          | NONE
            spin-echo EPI                    | ORIGINAL\\PRIMARY | SE\\EP | -      | -           | -          | 3   | 5000 | 70  | -    | -            | DWI          | NONE
            gradient-echo EPI                | ORIGINAL\\PRIMARY | GR\\EP | -      | -           | -          | 3   | 2000 | 30  | -    | -            | GRE          | NONE
            Dixon water                      | DERIVED\\PRIMARY\\DIXON\\WATER | SE | SK | -        | -          | 1.5 | 3500 | 90  | -    | -            | DIXON_WATER  | DIXON
            Dixon fat                        | DERIVED\\PRIMARY\\DIXON\\FAT | SE | SK | -          | -          | 1.5 | 3500 | 90  | -    | -            | DIXON_FAT    | DIXON
            GE IDEAL water                   | ORIGINAL\\PRIMARY\\WATER | SE | SK | IDEAL_GEMS      | -          | 1.5 | 600  | 10  | -    | -            | DIXON_WATER  | DIXON
            localizer image type             | ORIGINAL\\PRIMARY\\LOCALIZER | GR | SP | -          | -          | 1.5 | 8    | 4   | -    | -            | LOCALIZER    | NONE
            localizer description alone      | ORIGINAL\\PRIMARY | GR     | SP     | -           | -          | 1.5 | 8    | 4   | -    | AAHead Scout | GRE          | NONE
            scout image type                 | ORIGINAL\\PRIMARY\\SCOUT | GR | SP | -             | -          | 1.5 | 8    | 4   | -    | -            | LOCALIZER    | NONE
            GE 3-plane sequence name         | ORIGINAL\\PRIMARY | GR     | SS     | -           | 3-plane    | 1.5 | 8    | 4   | -    | -            | LOCALIZER    | NONE
            MPR                              | DERIVED\\SECONDARY\\MPR | SE | SK | -            | -          | 1.5 | 500  | 12  | -    | -            | DERIVED      | NONE
            subtraction                      | DERIVED\\PRIMARY\\SUBTRACTION | SE | SK | -        | -          | 1.5 | 500  | 12  | -    | -            | DERIVED      | NONE
            no sequence type                 | ORIGINAL\\PRIMARY | -      | -      | -           | -          | 1.5 | 500  | 12  | -    | -            | UNIDENTIFIED | NONE
            """)
    void classificationRules(
            String name,
            String imageType,
            String ss,
            String sv,
            String so,
            String seqName,
            double b0,
            Double tr,
            Double te,
            Double ti,
            String description,
            SeriesClass expected,
            FatSuppression fs) {
        SeriesClassifier.Classification c = classify(imageType, ss, sv, so, seqName, b0, tr, te, ti, description, null);
        assertThat(c.seriesClass()).as(name + " " + c.evidence()).isEqualTo(expected);
        assertThat(c.fatSuppression()).as(name).isEqualTo(fs);
    }

    @ParameterizedTest(name = "scout with {0} images, FOV {1} mm, matrix {2}, {3} mm slices: {4}")
    @CsvSource({
        "1, 450, 256, 8, LOCALIZER",
        "1, 180, 224, 4, GRE",
        "1, 400, 256, 4, LOCALIZER",
        "1, 180, 128, 4, LOCALIZER"
    })
    void localizerDescriptionCountsOnlyWhenTheDataAgree(
            int images, double fov, double matrix, double thickness, SeriesClass expected) {
        Map<String, List<String>> text = new HashMap<>();
        text.put("ImageType", List.of("ORIGINAL", "PRIMARY"));
        text.put("ScanningSequence", List.of("GR"));
        text.put("SeriesDescription", List.of("gre scout"));
        text.put("SeriesInstanceUID", List.of("1.2"));
        Map<String, List<Double>> numbers = new HashMap<>();
        numbers.put("MagneticFieldStrength", List.of(1.5));
        numbers.put("RepetitionTime", List.of(500.0));
        numbers.put("EchoTime", List.of(12.0));
        numbers.put("Rows", List.of(256.0));
        numbers.put("Columns", List.of(256.0));
        numbers.put("PixelSpacing", List.of(fov / 256, fov / 256));
        numbers.put("AcquisitionMatrix", List.of(256.0, 0.0, 0.0, matrix));
        numbers.put("SliceThickness", List.of(thickness));
        InstanceHeader h = new InstanceHeader(
                "f",
                null,
                DicomHeaderReader.MR_IMAGE,
                false,
                text,
                numbers,
                Map.of(),
                Set.of(),
                List.of(new double[] {1, 0, 0, 0, 1, 0}),
                images);
        SeriesClassifier.Classification c = CLASSIFIER.classify(new SeriesView(List.of(h)));
        assertThat(c.seriesClass()).as(c.evidence().toString()).isEqualTo(expected);
    }

    /** A series of one instance per value of a varying number (e.g. three echo times), axial. */
    static SeriesClassifier.Classification classifyInstances(
            Map<String, List<String>> text, Map<String, Double> numbers, String varying, List<Double> values) {
        List<InstanceHeader> instances = new java.util.ArrayList<>();
        for (Double v : values) {
            Map<String, List<Double>> n = new HashMap<>();
            numbers.forEach((k, x) -> n.put(k, List.of(x)));
            if (varying != null) {
                n.put(varying, List.of(v));
            }
            instances.add(new InstanceHeader(
                    "f",
                    null,
                    DicomHeaderReader.MR_IMAGE,
                    false,
                    text,
                    n,
                    Map.of(),
                    Set.of(),
                    List.<double[]>of(new double[] {1, 0, 0, 0, 1, 0}),
                    1));
        }
        return CLASSIFIER.classify(new SeriesView(instances));
    }

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            T1 FFE (Philips 2D spoiled GRE)  | GR | ORIGINAL\\PRIMARY\\M_FFE | 256 | 3.6 | T1_GRE
            FLASH 2D, flip 70                | GR | ORIGINAL\\PRIMARY          | 300 | 4.8 | T1_GRE
            GRE T2-star, flip 20             | GR | ORIGINAL\\PRIMARY          | 500 | 12  | GRE
            pCASL (Philips perfusion)        | GR | ORIGINAL\\PRIMARY\\PERFUSION_FFE\\PERFUSION | 4250 | 9 | UNIDENTIFIED
            """)
    void gradientEchoesByTheirTimingAndFlipAngle(
            String name, String ss, String imageType, double tr, double te, SeriesClass expected) {
        Map<String, List<String>> text = new HashMap<>();
        text.put("ScanningSequence", List.of(ss));
        text.put("ImageType", List.of(imageType.split("\\\\")));
        text.put("SeriesInstanceUID", List.of("1.2"));
        double flip = name.contains("flip 20") ? 20 : name.contains("flip 70") ? 70 : name.contains("pCASL") ? 90 : 80;
        SeriesClassifier.Classification c = classifyInstances(
                text,
                Map.of("MagneticFieldStrength", 3.0, "RepetitionTime", tr, "EchoTime", te, "FlipAngle", flip),
                null,
                List.of(0.0));
        assertThat(c.seriesClass()).as(name + " " + c.evidence()).isEqualTo(expected);
    }

    @Test
    void multiEchoSpinEchoIsRelaxometryNotAWeighting() {
        Map<String, List<String>> text = new HashMap<>();
        text.put("ScanningSequence", List.of("SE"));
        text.put("SeriesInstanceUID", List.of("1.2"));
        SeriesClassifier.Classification c = classifyInstances(
                text,
                Map.of("MagneticFieldStrength", 3.0, "RepetitionTime", 2000.0),
                "EchoTime",
                List.of(8.0, 16.0, 24.0));
        assertThat(c.seriesClass()).isEqualTo(SeriesClass.UNIDENTIFIED);
        assertThat(c.classifiedBy())
                .isEqualTo(
                        "multi-echo spin echo (TE [8.0, 16.0, 24.0] ms): relaxometry, not one weighting, unidentified");
    }

    @ParameterizedTest(name = "IR TI {1} ms at {0} T: {2}")
    @CsvSource({
        "1.5, 150, STIR",
        "1.5, 220, STIR",
        "1.5, 450, UNIDENTIFIED",
        "3, 400, STIR",
        "0.5, 150, UNIDENTIFIED",
        "0.5, 2500, UNIDENTIFIED"
    })
    void inversionRecoveryIsAStirOnlyNearTheStirWindowAndNotBelow1Tesla(double b0, double ti, SeriesClass expected) {
        SeriesClassifier.Classification c =
                classify("ORIGINAL\\PRIMARY", "SE\\IR", "SK", null, null, b0, 4000.0, 40.0, ti, null, null);
        assertThat(c.seriesClass()).as(c.evidence().toString()).isEqualTo(expected);
        if (b0 < 1) {
            assertThat(c.classifiedBy())
                    .endsWith("the STIR, FLAIR and T1-FLAIR windows are not defined below 1 T, unidentified");
        }
    }

    @Test
    void inversionRecoveryWithSeveralInversionTimesIsRelaxometry() {
        Map<String, List<String>> text = new HashMap<>();
        text.put("ScanningSequence", List.of("SE", "IR"));
        text.put("SeriesInstanceUID", List.of("1.2"));
        SeriesClassifier.Classification c = classifyInstances(
                text,
                Map.of("MagneticFieldStrength", 1.5, "RepetitionTime", 4000.0, "EchoTime", 15.0),
                "InversionTime",
                List.of(100.0, 400.0, 800.0));
        assertThat(c.seriesClass()).isEqualTo(SeriesClass.UNIDENTIFIED);
        assertThat(c.classifiedBy()).startsWith("inversion recovery with several inversion times");
    }

    @ParameterizedTest(name = "agent {0}, description {1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "gadobutrol 7 mL, t1_tse_sag, POST",
                "-, t1 post gd, POST",
                "-, T1 +C sag, POST",
                "ANONYMIZED, t1_tse, UNKNOWN",
                "-, t1 posterior elements, UNKNOWN",
                "-, t1_tse_sag, UNKNOWN"
            })
    void contrastPhaseFromAgentOrSitePatterns(String agent, String description, AcquiredContrastPhase expected) {
        SeriesClassifier.Classification c =
                classify("ORIGINAL\\PRIMARY", "SE", "SK", null, null, 1.5, 500.0, 12.0, null, description, agent);
        assertThat(c.phase()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} T reported -> {1} T")
    @CsvSource({"1.4939999580383, 1.5", "2.89, 3.0", "3, 3.0", "2000, 0.2", "1.0, 1.0"})
    void fieldStrengthIsNormalised(double reported, double nominal) {
        assertThat(classify("ORIGINAL\\PRIMARY", "SE", "SK", null, null, reported, 500.0, 12.0, null, null, null)
                        .nominalFieldStrengthT())
                .isEqualTo(nominal);
    }
}
