package org.mrpa.samples;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomDictionary;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mrpa.dicom.vendor.AnyVendor;
import org.mrpa.dicom.vendor.PrivateTag;

/**
 * Generates the project's own sample MR studies in {@code sample-dicom/}: small (64x64, 3 slices a series),
 * deterministic (UIDs derived from names, no dates), in three vendor styles, classic and enhanced. Run it with
 * {@code sample-dicom/regenerate.sh}: {@link #main} writes into the folder given (default sample-dicom).
 */
public final class SampleDicomGenerator {

    /** How a vendor writes its sequence type. */
    public enum Style {
        SIEMENS,
        GE,
        PHILIPS_ENHANCED
    }

    /** Kinds of series the samples use. */
    public enum Kind {
        LOCALIZER,
        T1,
        T2,
        STIR,
        T1_FS,
        /** A 2D spoiled gradient echo (low flip angle: T2-star weighted). */
        GRE,
        /** A 2D spoiled gradient echo with a high flip angle (T1 FFE, FLASH, SPGR: T1-weighted). */
        T1_GRE
    }

    /** One series to write. */
    public record Series(
            int number,
            String description,
            String plane,
            Kind kind,
            double tr,
            double te,
            Double ti,
            int etl,
            double thickness,
            double spacing,
            double fov,
            double bandwidth,
            String agent,
            double sar) {}

    /** One study to write. */
    public record Study(String folder, Style style, String accession, double fieldStrengthT, List<Series> series) {}

    private static final int SIZE = 64;
    private static final int SLICES = 3;

    /** Image size and slices per series: 64 and 3 for the committed samples, larger for benchmarks. */
    private record Shape(int size, int slices) {}

    private static Shape shape = new Shape(SIZE, SLICES);

    public static void main(String[] args) throws Exception {
        if ((args.length == 4 || args.length == 5) && args[0].equals("--bench")) {
            writeBenchmarkStudy(
                    Path.of(args[1]),
                    Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]),
                    args.length == 5 ? args[4] : "benchmark-lumbar");
            return;
        }
        Path out = Path.of(args.length > 0 ? args[0] : "sample-dicom");
        for (Study s : studies()) {
            write(out, s);
        }
    }

    /** The sample studies (see sample-dicom/README.md). */
    public static List<Study> studies() {
        return List.of(
                new Study("lumbar-conformant-siemens", Style.SIEMENS, "SAMPLE001", 1.5, lumbar15(false, false, false)),
                new Study("lumbar-conformant-ge", Style.GE, "SAMPLE002", 1.5, lumbar15(false, false, false)),
                new Study(
                        "lumbar-conformant-philips-enhanced",
                        Style.PHILIPS_ENHANCED,
                        "SAMPLE003",
                        1.5,
                        lumbar15(false, false, false)),
                new Study(
                        "lumbar-missing-axial-t2-siemens",
                        Style.SIEMENS,
                        "SAMPLE004",
                        1.5,
                        lumbar15(true, false, false)),
                new Study(
                        "lumbar-parameters-out-of-range-ge", Style.GE, "SAMPLE005", 1.5, lumbar15(false, true, false)),
                new Study("lumbar-3t-siemens", Style.SIEMENS, "SAMPLE006", 3.0, lumbar3()),
                new Study(
                        "lumbar-contrast-given-philips-enhanced",
                        Style.PHILIPS_ENHANCED,
                        "SAMPLE007",
                        1.5,
                        lumbar15(false, false, true)),
                new Study(
                        "lumbar-t2-labelled-scout-siemens",
                        Style.SIEMENS,
                        "SAMPLE008",
                        1.5,
                        relabelled(lumbar15(false, false, false), 5, "t2_tse_tra scout")),
                new Study(
                        "lumbar-gre-labelled-scout-siemens",
                        Style.SIEMENS,
                        "SAMPLE009",
                        1.5,
                        withGre(lumbar15(false, false, false), "gre_tra scout")),
                new Study("lumbar-infection-contrast-siemens", Style.SIEMENS, "SAMPLE010", 1.5, withPostContrast()),
                new Study("lumbar-t1-ffe-siemens", Style.SIEMENS, "SAMPLE011", 1.5, withT1Ffe()),
                new Study("lumbar-wrong-plane-siemens", Style.SIEMENS, "SAMPLE012", 1.5, axialT2AcquiredCoronal()));
    }

    /** The conformant lumbar study plus an axial 2D T1-weighted spoiled gradient echo (TR 250, TE 4.6, flip 80). */
    private static List<Series> withT1Ffe() {
        List<Series> s = new ArrayList<>(lumbar15(false, false, false));
        s.add(new Series(6, "t1_fl2d_tra", "AX", Kind.T1_GRE, 250, 4.6, null, 1, 4, 4.4, 180, 250, null, 0.6));
        return s;
    }

    /** The conformant lumbar study with its axial T2 (series 5) acquired coronal. */
    private static List<Series> axialT2AcquiredCoronal() {
        List<Series> s = new ArrayList<>(lumbar15(true, false, false));
        s.add(new Series(5, "t2_tse_cor", "COR", Kind.T2, 3800, 100, null, 18, 4, 4.4, 180, 180, null, 1.0));
        return s;
    }

    /** The conformant lumbar study plus post-contrast SAG and AX T1 FS (agent recorded) as series 6 and 7. */
    private static List<Series> withPostContrast() {
        List<Series> s = new ArrayList<>(lumbar15(false, false, false));
        s.add(new Series(
                6,
                "t1_tse_fs_sag_post",
                "SAG",
                Kind.T1_FS,
                600,
                10,
                null,
                3,
                4,
                4.4,
                280,
                180,
                "gadobutrol 7 mL",
                0.9));
        s.add(new Series(
                7, "t1_tse_fs_tra_post", "AX", Kind.T1_FS, 600, 10, null, 3, 4, 4.4, 180, 180, "gadobutrol 7 mL", 0.9));
        return s;
    }

    /** The same series with one description changed (what a technologist may type). */
    private static List<Series> relabelled(List<Series> series, int number, String description) {
        return series.stream()
                .map(s -> s.number() != number
                        ? s
                        : new Series(
                                s.number(),
                                description,
                                s.plane(),
                                s.kind(),
                                s.tr(),
                                s.te(),
                                s.ti(),
                                s.etl(),
                                s.thickness(),
                                s.spacing(),
                                s.fov(),
                                s.bandwidth(),
                                s.agent(),
                                s.sar()))
                .toList();
    }

    /** The series plus a diagnostic axial 2D gradient echo (TR 500, TE 12, 4 mm, FOV 180) as series 6. */
    private static List<Series> withGre(List<Series> series, String description) {
        List<Series> s = new ArrayList<>(series);
        s.add(new Series(6, description, "AX", Kind.GRE, 500, 12, null, 1, 4, 4.4, 180, 200, null, 0.3));
        return s;
    }

    private static List<Series> lumbar15(boolean missingAxial, boolean outOfRange, boolean contrast) {
        List<Series> s = new ArrayList<>();
        s.add(new Series(1, "localizer", "MIXED", Kind.LOCALIZER, 8, 4, null, 1, 8, 8, 400, 300, null, 0.1));
        s.add(new Series(2, "t1_tse_sag", "SAG", Kind.T1, 550, 10, null, 3, 4, 4.4, 280, 180, null, 0.9));
        s.add(new Series(
                3,
                "t2_tse_sag",
                "SAG",
                Kind.T2,
                3500,
                100,
                null,
                18,
                outOfRange ? 6 : 4,
                outOfRange ? 6.6 : 4.4,
                280,
                180,
                null,
                1.1));
        s.add(new Series(
                4,
                "stir_sag",
                "SAG",
                Kind.STIR,
                4000,
                40,
                outOfRange ? 220.0 : 150.0,
                14,
                4,
                4.4,
                280,
                180,
                null,
                1.2));
        if (!missingAxial) {
            s.add(new Series(5, "t2_tse_tra", "AX", Kind.T2, 3800, 100, null, 18, 4, 4.4, 180, 180, null, 1.0));
        }
        if (contrast) {
            s.add(new Series(
                    6, "t1_tse_fs_sag", "SAG", Kind.T1_FS, 600, 10, null, 3, 4, 4.4, 280, 180, "gadobutrol 6 mL", 0.9));
        }
        return s;
    }

    private static List<Series> lumbar3() {
        List<Series> s = new ArrayList<>();
        s.add(new Series(1, "localizer", "MIXED", Kind.LOCALIZER, 8, 4, null, 1, 8, 8, 400, 300, null, 0.2));
        s.add(new Series(2, "t1_tse_sag", "SAG", Kind.T1, 700, 10, null, 3, 4, 4.4, 280, 250, null, 1.8));
        s.add(new Series(3, "t2_tse_sag", "SAG", Kind.T2, 3500, 100, null, 18, 4, 4.4, 280, 250, null, 1.9));
        s.add(new Series(4, "stir_sag", "SAG", Kind.STIR, 4500, 40, 220.0, 14, 4, 4.4, 280, 250, null, 1.9));
        s.add(new Series(5, "t2_tse_tra", "AX", Kind.T2, 4000, 100, null, 18, 4, 4.4, 180, 250, null, 1.9));
        return s;
    }

    /**
     * A routine lumbar study of about {@code instances} classic images of {@code size} x {@code size} pixels (four series
     * of equal length), for the header-extraction benchmark.
     */
    public static void writeBenchmarkStudy(Path out, int instances, int size) throws IOException, DicomException {
        writeBenchmarkStudy(out, instances, size, "benchmark-lumbar");
    }

    /** As {@link #writeBenchmarkStudy(Path, int, int)} into {@code out/<name>/}; the name also seeds the UIDs, so each name is another study. */
    public static void writeBenchmarkStudy(Path out, int instances, int size, String name)
            throws IOException, DicomException {
        List<Series> series = lumbar15(false, false, false).subList(1, 5);
        Shape before = shape;
        shape = new Shape(size, Math.max(1, instances / series.size()));
        try {
            write(out, new Study(name, Style.SIEMENS, "BENCH1", 1.5, series));
        } finally {
            shape = before;
        }
    }

    /** Writes one study into {@code out/<folder>/}. */
    public static void write(Path out, Study study) throws IOException, DicomException {
        Path dir = out.resolve(study.folder());
        Files.createDirectories(dir);
        String studyUid = uid(study.folder());
        for (Series s : study.series()) {
            if (study.style() == Style.PHILIPS_ENHANCED && s.kind() != Kind.LOCALIZER) {
                AttributeList l = enhanced(study, s, studyUid);
                save(l, dir.resolve(String.format("s%02d.dcm", s.number())), "1.2.840.10008.5.1.4.1.1.4.1");
                continue;
            }
            for (int slice = 0; slice < shape.slices(); slice++) {
                AttributeList l = classic(study, s, studyUid, slice);
                save(
                        l,
                        dir.resolve(String.format("s%02d_i%04d.dcm", s.number(), slice + 1)
                                .replace("_i00", "_i")),
                        "1.2.840.10008.5.1.4.1.1.4");
            }
        }
    }

    private static AttributeList common(Study study, Series s, String studyUid, String sopClass, String instanceKey)
            throws DicomException {
        AttributeList l = new AttributeList();
        put(l, "SOPClassUID", sopClass);
        put(l, "SOPInstanceUID", uid(instanceKey));
        put(l, "StudyInstanceUID", studyUid);
        put(l, "SeriesInstanceUID", uid(study.folder() + "/" + s.number()));
        put(l, "Modality", "MR");
        put(l, "AccessionNumber", study.accession());
        put(l, "PatientName", "SAMPLE^" + study.accession());
        put(l, "PatientID", "MRPA-" + study.accession());
        put(l, "StudyID", "1");
        put(l, "SeriesNumber", String.valueOf(s.number()));
        put(l, "SeriesDescription", s.description());
        put(l, "ProtocolName", s.description());
        put(l, "BodyPartExamined", "LSPINE");
        put(l, "MagneticFieldStrength", fmt(study.fieldStrengthT()));
        put(l, "ImagingFrequency", fmt(Math.round(study.fieldStrengthT() * 42.577 * 1000) / 1000.0));
        put(l, "Rows", String.valueOf(shape.size()));
        put(l, "Columns", String.valueOf(shape.size()));
        put(l, "SamplesPerPixel", "1");
        put(l, "PhotometricInterpretation", "MONOCHROME2");
        put(l, "BitsAllocated", "16");
        put(l, "BitsStored", "12");
        put(l, "HighBit", "11");
        put(l, "PixelRepresentation", "0");
        put(l, "SAR", fmt(s.sar()));
        switch (study.style()) {
            case SIEMENS -> {
                put(l, "Manufacturer", "SIEMENS");
                put(l, "ManufacturerModelName", study.fieldStrengthT() > 2 ? "Skyra" : "Aera");
                put(l, "SoftwareVersions", "syngo MR E11");
                put(l, "StationName", study.fieldStrengthT() > 2 ? "MR2" : "MR1");
                put(l, "ReceiveCoilName", "SP5-8");
            }
            case GE -> {
                put(l, "Manufacturer", "GE MEDICAL SYSTEMS");
                put(l, "ManufacturerModelName", "SIGNA Artist");
                put(l, "SoftwareVersions", "29\\LX\\RX29.1_R02_2131.a");
                put(l, "StationName", "MR1");
                put(l, "ReceiveCoilName", "GEM PA");
            }
            case PHILIPS_ENHANCED -> {
                put(l, "Manufacturer", "Philips");
                put(l, "ManufacturerModelName", "Ingenia");
                put(l, "SoftwareVersions", "5.7.1\\5.7.1.1");
                put(l, "StationName", "MR1");
            }
        }
        Attribute pixels = new OtherWordAttribute(tag("PixelData"));
        short[] data = new short[shape.size() * shape.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = (short) ((i % shape.size()) * 16 % 4096 + s.number() * 32);
        }
        pixels.setValues(data);
        l.put(pixels);
        return l;
    }

    private static AttributeList classic(Study study, Series s, String studyUid, int slice) throws DicomException {
        AttributeList l = common(
                study, s, studyUid, "1.2.840.10008.5.1.4.1.1.4", study.folder() + "/" + s.number() + "/" + slice);
        String plane = s.kind() == Kind.LOCALIZER ? List.of("SAG", "COR", "AX").get(slice) : s.plane();
        put(
                l,
                "ImageType",
                s.kind() == Kind.LOCALIZER && study.style() == Style.SIEMENS
                        ? "ORIGINAL\\PRIMARY\\M\\NORM\\DIS2D"
                        : "ORIGINAL\\PRIMARY\\M\\ND");
        put(l, "InstanceNumber", String.valueOf(slice + 1));
        put(l, "ImageOrientationPatient", orientation(plane));
        put(l, "ImagePositionPatient", position(plane, slice, s.spacing()));
        put(l, "SliceThickness", fmt(s.thickness()));
        put(l, "SpacingBetweenSlices", fmt(s.spacing()));
        put(l, "PixelSpacing", fmt(s.fov() / shape.size()) + "\\" + fmt(s.fov() / shape.size()));
        put(l, "RepetitionTime", fmt(s.tr()));
        put(l, "EchoTime", fmt(s.te()));
        if (s.ti() != null) {
            put(l, "InversionTime", fmt(s.ti()));
        }
        put(l, "EchoTrainLength", String.valueOf(s.etl()));
        put(
                l,
                "FlipAngle",
                s.kind() == Kind.LOCALIZER
                        ? "20"
                        : s.kind() == Kind.GRE ? "25" : s.kind() == Kind.T1_GRE ? "80" : "150");
        put(l, "PixelBandwidth", fmt(s.bandwidth()));
        put(l, "AcquisitionMatrix", "256\\0\\0\\224");
        put(l, "MRAcquisitionType", "2D");
        put(l, "InPlanePhaseEncodingDirection", "ROW");
        put(l, "ContrastBolusAgent", s.agent() == null ? "" : s.agent());
        boolean stir = s.kind() == Kind.STIR;
        boolean fs = s.kind() == Kind.T1_FS;
        boolean gre = s.kind() == Kind.LOCALIZER || s.kind() == Kind.GRE || s.kind() == Kind.T1_GRE;
        switch (study.style()) {
            case SIEMENS -> {
                put(l, "ScanningSequence", gre ? "GR" : stir ? "SE\\IR" : "SE");
                put(l, "SequenceVariant", gre ? "SP\\OSP" : stir ? "SK\\SP\\MP" : "SK\\SP\\OSP");
                put(l, "ScanOptions", stir ? "IR" : fs ? "FS" : "PFP");
                put(l, "SequenceName", gre ? "*fl2d1" : stir ? "*tir2d1_14" : "*tse2d1_" + s.etl());
            }
            case GE -> {
                put(l, "ScanningSequence", gre ? "GR" : stir ? "IR" : "SE");
                put(l, "SequenceVariant", gre ? "SS" : "SK\\OSP");
                put(
                        l,
                        "ScanOptions",
                        s.kind() == Kind.LOCALIZER
                                ? "FAST_GEMS"
                                : gre
                                        ? ""
                                        : stir ? "IR_GEMS\\FAST_GEMS" : fs ? "FS\\FAST_GEMS" : "FAST_GEMS\\EDR_GEMS");
                putPrivate(
                        l,
                        "GEPulseSequenceName",
                        s.kind() == Kind.LOCALIZER ? "3-plane" : gre ? "gre" : stir ? "FSE-IR" : "FSE-XL");
            }
            case PHILIPS_ENHANCED -> {
                put(l, "ScanningSequence", "GR");
                put(l, "SequenceVariant", "SS");
                put(l, "ScanOptions", "OTHER");
            }
        }
        return l;
    }

    private static AttributeList enhanced(Study study, Series s, String studyUid) throws DicomException {
        AttributeList l = common(study, s, studyUid, "1.2.840.10008.5.1.4.1.1.4.1", study.folder() + "/" + s.number());
        boolean stir = s.kind() == Kind.STIR;
        boolean fs = s.kind() == Kind.T1_FS;
        put(l, "ImageType", "ORIGINAL\\PRIMARY\\M\\NONE");
        put(l, "InstanceNumber", "1");
        put(l, "NumberOfFrames", String.valueOf(shape.slices()));
        put(l, "EchoPulseSequence", "SPIN");
        put(l, "PulseSequenceName", stir ? "IR" : "TSE");
        put(l, "MRAcquisitionType", "2D");
        put(l, "SpectrallySelectedSuppression", fs ? "FAT" : "NONE");
        put(l, "ScanOptions", "OTHER");
        put(l, "ContentQualification", "PRODUCT");
        putPrivate(l, "PhilipsScanningTechnique", stir ? "IR" : "TSE");
        AttributeList shared = new AttributeList();
        shared.put(seq(
                "MRTimingAndRelatedParametersSequence",
                item("RepetitionTime", fmt(s.tr()), "FlipAngle", "90", "EchoTrainLength", String.valueOf(s.etl()))));
        shared.put(seq("MREchoSequence", item("EffectiveEchoTime", fmt(s.te()))));
        shared.put(seq(
                "MRModifierSequence",
                s.ti() == null
                        ? item("InversionRecovery", "NO")
                        : item("InversionRecovery", "YES", "InversionTimes", fmt(s.ti()))));
        shared.put(seq(
                "PixelMeasuresSequence",
                item(
                        "PixelSpacing",
                        fmt(s.fov() / shape.size()) + "\\" + fmt(s.fov() / shape.size()),
                        "SliceThickness",
                        fmt(s.thickness()),
                        "SpacingBetweenSlices",
                        fmt(s.spacing()))));
        shared.put(seq("PlaneOrientationSequence", item("ImageOrientationPatient", orientation(s.plane()))));
        shared.put(seq("MRImagingModifierSequence", item("PixelBandwidth", fmt(s.bandwidth()))));
        shared.put(seq(
                "MRImageFrameTypeSequence",
                item(
                        "FrameType",
                        "ORIGINAL\\PRIMARY\\M\\NONE",
                        "AcquisitionContrast",
                        stir ? "STIR" : s.kind() == Kind.T2 ? "T2" : "T1")));
        shared.put(seq("MRReceiveCoilSequence", item("ReceiveCoilName", "dS Posterior")));
        shared.put(seq(
                "ContrastBolusUsageSequence",
                item(
                        "ContrastBolusAgentNumber",
                        "1",
                        "ContrastBolusAgentAdministered",
                        s.agent() == null ? "NO" : "YES")));
        SequenceAttribute sharedSeq = new SequenceAttribute(tag("SharedFunctionalGroupsSequence"));
        sharedSeq.addItem(shared);
        l.put(sharedSeq);
        SequenceAttribute perFrame = new SequenceAttribute(tag("PerFrameFunctionalGroupsSequence"));
        for (int f = 0; f < shape.slices(); f++) {
            AttributeList frame = new AttributeList();
            frame.put(seq("PlanePositionSequence", item("ImagePositionPatient", position(s.plane(), f, s.spacing()))));
            frame.put(seq("FrameContentSequence", item("InStackPositionNumber", String.valueOf(f + 1))));
            perFrame.addItem(frame);
        }
        l.put(perFrame);
        if (s.agent() != null) {
            put(l, "ContrastBolusAgent", s.agent());
        }
        Attribute pixels = l.get(tag("PixelData"));
        short[] one = pixels.getShortValues();
        short[] all = new short[one.length * shape.slices()];
        for (int f = 0; f < shape.slices(); f++) {
            System.arraycopy(one, 0, all, f * one.length, one.length);
        }
        pixels.setValues(all);
        return l;
    }

    private static SequenceAttribute seq(String keyword, AttributeList item) {
        SequenceAttribute a = new SequenceAttribute(tag(keyword));
        a.addItem(item);
        return a;
    }

    private static AttributeList item(String... keyValues) throws DicomException {
        AttributeList l = new AttributeList();
        for (int i = 0; i < keyValues.length; i += 2) {
            put(l, keyValues[i], keyValues[i + 1]);
        }
        return l;
    }

    /** A vendor private value of the vendor room's table, written in the first private block as scanners do. */
    private static void putPrivate(AttributeList l, String name, String value) throws DicomException {
        PrivateTag t = AnyVendor.privateTags().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
        l.put(lo(new AttributeTag(t.group(), PrivateTag.FIRST_CREATOR_ELEMENT), t.creator()));
        l.put(lo(new AttributeTag(t.group(), t.elementIn(PrivateTag.FIRST_CREATOR_ELEMENT)), value));
    }

    private static Attribute lo(AttributeTag t, String value) throws DicomException {
        Attribute a = new LongStringAttribute(t);
        a.addValue(value);
        return a;
    }

    private static void put(AttributeList l, String keyword, String value) throws DicomException {
        Attribute a = AttributeFactory.newAttribute(tag(keyword));
        if (!value.isEmpty()) {
            for (String v : value.split("\\\\", -1)) {
                a.addValue(v);
            }
        }
        l.put(a);
    }

    private static AttributeTag tag(String keyword) {
        AttributeTag t = DicomDictionary.StandardDictionary.getTagFromName(keyword);
        if (t == null) {
            throw new IllegalArgumentException("unknown keyword " + keyword);
        }
        return t;
    }

    private static void save(AttributeList l, Path file, String sopClass) throws IOException, DicomException {
        FileMetaInformation.addFileMetaInformation(l, TransferSyntax.ExplicitVRLittleEndian, "MRPA");
        try (OutputStream out = Files.newOutputStream(file)) {
            l.write(out, TransferSyntax.ExplicitVRLittleEndian, true, true);
        }
    }

    private static String orientation(String plane) {
        return switch (plane) {
            case "SAG" -> "0\\1\\0\\0\\0\\-1";
            case "COR" -> "1\\0\\0\\0\\0\\-1";
            default -> "1\\0\\0\\0\\1\\0";
        };
    }

    private static String position(String plane, int slice, double spacing) {
        double offset = (slice - 1) * spacing;
        return switch (plane) {
            case "SAG" -> fmt(offset) + "\\-140\\140";
            case "COR" -> "-140\\" + fmt(offset) + "\\140";
            default -> "-90\\-90\\" + fmt(offset);
        };
    }

    /** A deterministic UID under the UUID-derived root 2.25 (PS3.5 B.2). */
    static String uid(String name) {
        UUID u = UUID.nameUUIDFromBytes(("mrpa-sample/" + name).getBytes(StandardCharsets.UTF_8));
        BigInteger v = new BigInteger(
                1,
                java.nio.ByteBuffer.allocate(16)
                        .putLong(u.getMostSignificantBits())
                        .putLong(u.getLeastSignificantBits())
                        .array());
        return "2.25." + v;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
