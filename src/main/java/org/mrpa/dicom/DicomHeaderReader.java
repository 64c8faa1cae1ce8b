package org.mrpa.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomDictionary;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.TagFromName;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the header of a DICOM file with PixelMed, stopping at Pixel Data so pixels are never loaded or decoded
 * (any transfer syntax, Part 10 or a bare dataset). Enhanced MR objects are read through their shared and
 * per-frame functional groups; vendor private values are found by their private creator string.
 */
public final class DicomHeaderReader {

    /** MR Image Storage and Enhanced MR Image Storage. */
    public static final String MR_IMAGE = "1.2.840.10008.5.1.4.1.1.4";

    public static final String ENHANCED_MR_IMAGE = "1.2.840.10008.5.1.4.1.1.4.1";
    private static final Set<String> MR_CLASSES = Set.of(MR_IMAGE, ENHANCED_MR_IMAGE);

    private static final DicomDictionary DICTIONARY = DicomDictionary.StandardDictionary;

    /** Text attributes read at top level, then in the functional groups. */
    static final List<String> TEXT = List.of(
            "StudyInstanceUID",
            "SeriesInstanceUID",
            "SOPInstanceUID",
            "AccessionNumber",
            "StudyDate",
            "PatientID",
            "SeriesNumber",
            "SeriesDescription",
            "ProtocolName",
            "BodyPartExamined",
            "Manufacturer",
            "ManufacturerModelName",
            "SoftwareVersions",
            "StationName",
            "ImageType",
            "FrameType",
            "ScanningSequence",
            "SequenceVariant",
            "ScanOptions",
            "MRAcquisitionType",
            "SequenceName",
            "PulseSequenceName",
            "EchoPulseSequence",
            "InversionRecovery",
            "SpectrallySelectedSuppression",
            "AcquisitionContrast",
            "ReceiveCoilName",
            "TransmitCoilName",
            "InPlanePhaseEncodingDirection",
            "ContrastBolusAgent",
            "ContrastBolusAgentAdministered",
            "OperatingModeType",
            "OperatingMode",
            "SpecificAbsorptionRateDefinition",
            "ImplementationVersionName");

    /** Numeric attributes read at top level, then in the functional groups (distinct values kept). */
    static final List<String> NUMBERS = List.of(
            "MagneticFieldStrength",
            "ImagingFrequency",
            "RepetitionTime",
            "EchoTime",
            "EffectiveEchoTime",
            "InversionTime",
            "InversionTimes",
            "FlipAngle",
            "EchoTrainLength",
            "SliceThickness",
            "SpacingBetweenSlices",
            "PixelSpacing",
            "AcquisitionMatrix",
            "MRAcquisitionFrequencyEncodingSteps",
            "MRAcquisitionPhaseEncodingStepsInPlane",
            "Rows",
            "Columns",
            "PixelBandwidth",
            "SAR",
            "SpecificAbsorptionRateValue",
            "dBdt",
            "B1rms",
            "DiffusionBValue",
            "NumberOfFrames",
            "ContrastBolusVolume",
            "ContrastBolusTotalDose");

    /** Tags of every keyword above, resolved once; an unknown keyword fails at class load. */
    private static final Map<String, AttributeTag> TAGS = new java.util.HashMap<>();

    static {
        for (String k : TEXT) {
            TAGS.put(k, resolve(k));
        }
        for (String k : NUMBERS) {
            TAGS.put(k, resolve(k));
        }
    }

    /** A vendor private value: group, creator string, element offset within the creator's block, and our name for it. */
    record PrivateValue(int group, String creator, int offset, String name, boolean firstValueOnly) {
        PrivateValue(int group, String creator, int offset, String name) {
            this(group, creator, offset, name, false);
        }
    }

    static final List<PrivateValue> PRIVATE = List.of(
            new PrivateValue(0x2001, "Philips Imaging DD 001", 0x20, "PhilipsScanningTechnique"),
            new PrivateValue(0x0019, "GEMS_ACQU_01", 0x9C, "GEPulseSequenceName"),
            new PrivateValue(0x0043, "GEMS_PARM_01", 0x89, "GEOperatingMode"),
            new PrivateValue(0x0043, "GEMS_PARM_01", 0x39, "GEDiffusionBValue", true),
            new PrivateValue(0x0019, "SIEMENS MR HEADER", 0x0C, "SiemensDiffusionBValue"),
            new PrivateValue(0x0051, "SIEMENS MR HEADER", 0x0F, "SiemensCoilString"),
            new PrivateValue(0x0065, "Image Private Header", 0x03, "UIHCoilString"));

    /**
     * Reads one file's header.
     *
     * @param name the file's name, used in results and errors
     * @return the header, or the reason it cannot be read as an MR image
     */
    public Result read(String name, InputStream raw) {
        return read(name, raw, null);
    }

    /**
     * Reads the header of a bare dataset (no File Meta Information) in a known transfer syntax, as a DICOM network
     * peer sends it.
     *
     * @param transferSyntaxUid the transfer syntax negotiated for the dataset
     */
    public Result readDataset(String name, InputStream raw, String transferSyntaxUid) {
        return read(name, raw, transferSyntaxUid);
    }

    private Result read(String name, InputStream raw, String transferSyntaxUid) {
        AttributeList list = new AttributeList();
        String transferSyntax;
        InputStream buffered = new BufferedInputStream(new FullReadStream(raw), 64 * 1024);
        try (DicomInputStream in = transferSyntaxUid == null
                ? new DicomInputStream(buffered)
                : new DicomInputStream(buffered, transferSyntaxUid, false)) {
            boolean[] reachedPixels = {false};
            boolean[] commandGroup = {false};
            list.read(in, (attributes, tag, offset) -> {
                if (tag.getGroup() == 0x7FE0) {
                    reachedPixels[0] = true;
                    return true;
                }
                // a dataset never holds group 0000 (command) elements; zero-filled bytes read as an endless run of
                // (0000,0000), which the toolkit reports one by one on stderr: stop at the first
                if (tag.getGroup() == 0x0000) {
                    commandGroup[0] = true;
                    return true;
                }
                return false;
            });
            if (commandGroup[0]) {
                return new Result(
                        null,
                        new UnreadableFile(
                                name, "not readable as DICOM: a command group (0000) element inside the data set"));
            }
            transferSyntax = in.getTransferSyntaxToReadDataSet() == null
                    ? null
                    : in.getTransferSyntaxToReadDataSet().getUID();
            if (!reachedPixels[0]) {
                // an image's header is followed by its Pixel Data; a stream that ends first was cut short
                return new Result(
                        null,
                        new UnreadableFile(
                                name,
                                "truncated: the file ends before the pixel data (" + list.size()
                                        + " attributes read)"));
            }
        } catch (EOFException e) {
            return new Result(null, new UnreadableFile(name, "truncated: the file ends inside the DICOM header"));
        } catch (IOException | DicomException | RuntimeException e) {
            return new Result(null, new UnreadableFile(name, "not readable as DICOM: " + describe(e)));
        }
        String sopClass = Attribute.getSingleStringValueOrNull(list, TagFromName.SOPClassUID);
        if (sopClass == null) {
            sopClass = Attribute.getSingleStringValueOrNull(list, TagFromName.MediaStorageSOPClassUID);
        }
        if (sopClass == null) {
            return new Result(null, new UnreadableFile(name, "not a DICOM image: no SOP Class UID"));
        }
        String sopInstance = Attribute.getSingleStringValueOrNull(list, TagFromName.SOPInstanceUID);
        if (!MR_CLASSES.contains(sopClass)) {
            return new Result(
                    null, new UnreadableFile(name, "not an MR image: SOP class " + sopClass), sopClass, sopInstance);
        }
        if (Attribute.getSingleStringValueOrNull(list, TagFromName.SeriesInstanceUID) == null) {
            return new Result(null, new UnreadableFile(name, "no Series Instance UID"), sopClass, sopInstance);
        }
        return new Result(header(name, transferSyntax, sopClass, list), null);
    }

    /**
     * A header or the reason there is none. The SOP Class and Instance UIDs are given when they could be read, also for an
     * object that is refused (a receiver names the refused instance to its sender).
     */
    public record Result(InstanceHeader header, UnreadableFile unreadable, String sopClassUid, String sopInstanceUid) {

        Result(InstanceHeader header, UnreadableFile unreadable) {
            this(
                    header,
                    unreadable,
                    header == null ? null : header.first("SOPClassUID"),
                    header == null ? null : header.first("SOPInstanceUID"));
        }

        /** True when the object was read but is not of a storage class this service accepts (MR and Enhanced MR images). */
        public boolean unsupportedSopClass() {
            return header == null && sopClassUid != null && !MR_CLASSES.contains(sopClassUid);
        }
    }

    private static InstanceHeader header(String name, String transferSyntax, String sopClass, AttributeList top) {
        boolean enhanced = ENHANCED_MR_IMAGE.equals(sopClass);
        List<AttributeList> shared = items(top, TagFromName.SharedFunctionalGroupsSequence);
        List<AttributeList> perFrame = items(top, TagFromName.PerFrameFunctionalGroupsSequence);
        Map<String, List<String>> text = new LinkedHashMap<>();
        Map<String, List<Double>> numbers = new LinkedHashMap<>();
        Set<String> empty = new HashSet<>();
        for (String keyword : TEXT) {
            List<Attribute> found = find(top, shared, perFrame, tag(keyword));
            Set<String> values = new LinkedHashSet<>();
            for (Attribute a : found) {
                String[] v = strings(a);
                if (v.length == 0 || (v.length == 1 && v[0].isBlank())) {
                    empty.add(keyword);
                }
                for (String s : v) {
                    if (!s.isBlank()) {
                        values.add(s.trim());
                    }
                }
            }
            if (!values.isEmpty()) {
                text.put(keyword, List.copyOf(values));
                empty.remove(keyword);
            }
        }
        Map<String, List<Double>> varying = new LinkedHashMap<>();
        for (String keyword : NUMBERS) {
            List<Attribute> found = find(top, shared, perFrame, tag(keyword));
            double[] first = null;
            Set<Double> firstComponents = new LinkedHashSet<>();
            for (Attribute a : found) {
                double[] d = doubles(a);
                if (d.length == 0) {
                    empty.add(keyword);
                    continue;
                }
                if (first == null) {
                    first = d;
                }
                firstComponents.add(d[0]);
            }
            if (first != null) {
                numbers.put(keyword, java.util.Arrays.stream(first).boxed().toList());
                empty.remove(keyword);
                if (firstComponents.size() > 1) {
                    varying.put(keyword, List.copyOf(firstComponents));
                }
            }
        }
        for (PrivateValue pv : PRIVATE) {
            List<String> values = privateValues(top, shared, perFrame, pv);
            if (!values.isEmpty()) {
                text.put(pv.name(), values);
            }
        }
        List<double[]> orientations = new ArrayList<>();
        for (Attribute a : find(top, shared, perFrame, TagFromName.ImageOrientationPatient)) {
            double[] d = doubles(a);
            if (d.length == 6 && orientations.stream().noneMatch(o -> java.util.Arrays.equals(o, d))) {
                orientations.add(d);
            }
        }
        if (transferSyntax != null) {
            text.put("TransferSyntaxUID", List.of(transferSyntax));
        }
        text.put("SOPClassUID", List.of(sopClass));
        int frames = enhanced ? Math.max(1, perFrame.size()) : 1;
        return new InstanceHeader(
                name,
                transferSyntax,
                sopClass,
                enhanced,
                Map.copyOf(text),
                Map.copyOf(numbers),
                Map.copyOf(varying),
                Set.copyOf(empty),
                List.copyOf(orientations),
                frames);
    }

    /** Top level first; if absent there, the shared groups, then every frame's groups (nested macros included). */
    private static List<Attribute> find(
            AttributeList top, List<AttributeList> shared, List<AttributeList> perFrame, AttributeTag tag) {
        List<Attribute> out = new ArrayList<>();
        Attribute a = top.get(tag);
        if (a != null) {
            out.add(a);
            return out;
        }
        for (AttributeList s : shared) {
            nested(s, tag, 0, out);
        }
        if (out.isEmpty()) {
            for (AttributeList f : perFrame) {
                nested(f, tag, 0, out);
            }
        }
        return out;
    }

    private static void nested(AttributeList list, AttributeTag tag, int depth, List<Attribute> out) {
        Attribute a = list.get(tag);
        if (a != null) {
            out.add(a);
        }
        if (depth >= 3) {
            return;
        }
        for (Object o : list.values()) {
            if (o instanceof SequenceAttribute seq) {
                for (int i = 0; i < seq.getNumberOfItems(); i++) {
                    nested(seq.getItem(i).getAttributeList(), tag, depth + 1, out);
                }
            }
        }
    }

    private static List<AttributeList> items(AttributeList list, AttributeTag tag) {
        Attribute a = list.get(tag);
        List<AttributeList> out = new ArrayList<>();
        if (a instanceof SequenceAttribute seq) {
            for (int i = 0; i < seq.getNumberOfItems(); i++) {
                SequenceItem item = seq.getItem(i);
                out.add(item.getAttributeList());
            }
        }
        return out;
    }

    /** Values of a private attribute, found through its creator string in each list where the creator appears. */
    private static List<String> privateValues(
            AttributeList top, List<AttributeList> shared, List<AttributeList> perFrame, PrivateValue pv) {
        Set<String> values = new LinkedHashSet<>();
        List<AttributeList> lists = new ArrayList<>();
        lists.add(top);
        lists.addAll(shared);
        if (!perFrame.isEmpty()) {
            lists.add(perFrame.get(0));
        }
        for (AttributeList l : lists) {
            collectPrivate(l, pv, 0, values);
        }
        return List.copyOf(values);
    }

    private static void collectPrivate(AttributeList list, PrivateValue pv, int depth, Collection<String> out) {
        // private creators sit at (gggg,0010)-(gggg,00FF); only the ones present are visited
        for (Object o : list.subMap(
                        new AttributeTag(pv.group(), 0x0010), true, new AttributeTag(pv.group(), 0x00FF), true)
                .values()) {
            Attribute creator = (Attribute) o;
            int block = creator.getTag().getElement();
            if (pv.creator().equals(creator.getSingleStringValueOrEmptyString().trim())) {
                Attribute value = list.get(new AttributeTag(pv.group(), (block << 8) | pv.offset()));
                if (value != null) {
                    String[] values = strings(value);
                    for (int i = 0; i < (pv.firstValueOnly() ? Math.min(1, values.length) : values.length); i++) {
                        if (!values[i].isBlank()) {
                            out.add(values[i].trim());
                        }
                    }
                }
            }
        }
        if (depth >= 2) {
            return;
        }
        for (Object o : list.values()) {
            if (o instanceof SequenceAttribute seq && seq.getNumberOfItems() > 0) {
                collectPrivate(seq.getItem(0).getAttributeList(), pv, depth + 1, out);
            }
        }
    }

    private static String[] strings(Attribute a) {
        try {
            String[] v = a.getStringValues();
            return v == null ? new String[0] : v;
        } catch (DicomException e) {
            return new String[0];
        }
    }

    private static double[] doubles(Attribute a) {
        try {
            double[] v = a.getDoubleValues();
            return v == null ? new double[0] : v;
        } catch (DicomException | NumberFormatException e) {
            return new double[0];
        }
    }

    private static AttributeTag tag(String keyword) {
        return TAGS.get(keyword);
    }

    private static AttributeTag resolve(String keyword) {
        AttributeTag t = DICTIONARY.getTagFromName(keyword);
        if (t == null) {
            throw new IllegalStateException("keyword not in the PixelMed dictionary: " + keyword);
        }
        return t;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m)
                                .toLowerCase(Locale.ROOT)
                                .length()
                        > 200
                ? m.substring(0, 200)
                : (m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
    }
}
