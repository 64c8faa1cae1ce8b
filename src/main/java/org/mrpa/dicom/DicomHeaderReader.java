package org.mrpa.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomDictionary;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.TagFromName;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mrpa.dicom.vendor.AnyVendor;
import org.mrpa.dicom.vendor.PrivateTag;

/**
 * Reads the header of a DICOM file with PixelMed, stopping at Pixel Data so pixels are never loaded or decoded
 * (any transfer syntax, Part 10 or a bare dataset). Enhanced MR objects are read through their shared and
 * per-frame functional groups; vendor private values (dicom/vendor) are found by their private creator string.
 */
public final class DicomHeaderReader {

    /** How many leading bytes of a file of known size are walked for declared lengths before the toolkit reads it. */
    private static final int HEAD_CHECK_BYTES = 64 * 1024;

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
     * Reads one file's header when its size is known: a file in which an element declares more bytes than the file
     * holds is refused before the toolkit allocates that length (see {@link DeclaredLengths}).
     *
     * @param size the file's size in bytes; negative when not known
     */
    public Result read(String name, InputStream raw, long size) {
        if (size < 0) {
            return read(name, raw);
        }
        BufferedInputStream in = new BufferedInputStream(raw, HEAD_CHECK_BYTES);
        try {
            in.mark(HEAD_CHECK_BYTES);
            byte[] head = new byte[(int) Math.min(size, HEAD_CHECK_BYTES)];
            int n = in.readNBytes(head, 0, head.length);
            in.reset();
            Optional<String> overrun = DeclaredLengths.overrun(head, n, size);
            if (overrun.isPresent()) {
                return unreadable(name, "not readable as DICOM: " + overrun.get());
            }
        } catch (IOException e) {
            return unreadable(name, "cannot be read: " + e.getClass().getSimpleName());
        }
        return read(name, in);
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
            StopAtPixelData stop = new StopAtPixelData();
            list.read(in, stop);
            if (stop.commandGroup) {
                return unreadable(name, "not readable as DICOM: a command group (0000) element inside the data set");
            }
            transferSyntax = in.getTransferSyntaxToReadDataSet() == null
                    ? null
                    : in.getTransferSyntaxToReadDataSet().getUID();
            if (!stop.reachedPixels) {
                // an image's header is followed by its Pixel Data; a stream that ends first was cut short
                return unreadable(
                        name, "truncated: the file ends before the pixel data (" + list.size() + " attributes read)");
            }
        } catch (EOFException e) {
            return unreadable(name, "truncated: the file ends inside the DICOM header");
        } catch (IOException | DicomException | RuntimeException e) {
            return unreadable(name, "not readable as DICOM: " + describe(e));
        }
        return mrImage(name, transferSyntax, list);
    }

    /** Stops reading at Pixel Data, or at a command group element, which a data set never holds. */
    private static final class StopAtPixelData implements AttributeList.ReadTerminationStrategy {

        private static final int COMMAND_GROUP = 0;

        boolean reachedPixels;
        boolean commandGroup;

        @Override
        public boolean terminate(AttributeList attributes, AttributeTag tag, long offset) {
            if (tag.getGroup() == TagFromName.PixelData.getGroup()) {
                reachedPixels = true;
                return true;
            }
            // zero-filled bytes read as an endless run of (0000,0000), which the toolkit reports one by one on
            // stderr: stop at the first
            if (tag.getGroup() == COMMAND_GROUP) {
                commandGroup = true;
                return true;
            }
            return false;
        }
    }

    /** The header of an MR or Enhanced MR image with a Series Instance UID, or the reason it is not one. */
    private static Result mrImage(String name, String transferSyntax, AttributeList list) {
        String sopClass = Attribute.getSingleStringValueOrNull(list, TagFromName.SOPClassUID);
        if (sopClass == null) {
            sopClass = Attribute.getSingleStringValueOrNull(list, TagFromName.MediaStorageSOPClassUID);
        }
        if (sopClass == null) {
            return unreadable(name, "not a DICOM image: no SOP Class UID");
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

    private static Result unreadable(String name, String reason) {
        return new Result(null, new UnreadableFile(name, reason));
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
        FunctionalGroups groups = FunctionalGroups.of(top);
        Set<String> empty = new HashSet<>();
        Map<String, List<String>> text = text(groups, empty);
        Map<String, List<Double>> numbers = new LinkedHashMap<>();
        Map<String, List<Double>> varying = new LinkedHashMap<>();
        numbers(groups, empty, numbers, varying);
        for (PrivateTag pv : AnyVendor.privateTags()) {
            List<String> values = groups.privateValues(pv);
            if (!values.isEmpty()) {
                text.put(pv.name(), values);
            }
        }
        if (transferSyntax != null) {
            text.put("TransferSyntaxUID", List.of(transferSyntax));
        }
        text.put("SOPClassUID", List.of(sopClass));
        int frames = enhanced ? Math.max(1, groups.perFrame().size()) : 1;
        return new InstanceHeader(
                name,
                transferSyntax,
                sopClass,
                enhanced,
                Map.copyOf(text),
                Map.copyOf(numbers),
                Map.copyOf(varying),
                Set.copyOf(empty),
                orientations(groups),
                frames);
    }

    /** The distinct non-blank values of each text keyword; keywords with only empty values go to {@code empty}. */
    private static Map<String, List<String>> text(FunctionalGroups groups, Set<String> empty) {
        Map<String, List<String>> text = new LinkedHashMap<>();
        for (String keyword : TEXT) {
            Set<String> values = new LinkedHashSet<>();
            for (Attribute a : groups.find(tag(keyword))) {
                String[] v = FunctionalGroups.strings(a);
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
        return text;
    }

    /**
     * Each numeric keyword's value where first found (all components) into {@code numbers}, and the distinct first
     * components into {@code varying} when they differ between frames; empty ones go to {@code empty}.
     */
    private static void numbers(
            FunctionalGroups groups,
            Set<String> empty,
            Map<String, List<Double>> numbers,
            Map<String, List<Double>> varying) {
        for (String keyword : NUMBERS) {
            double[] first = null;
            Set<Double> firstComponents = new LinkedHashSet<>();
            for (Attribute a : groups.find(tag(keyword))) {
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
                numbers.put(keyword, Arrays.stream(first).boxed().toList());
                empty.remove(keyword);
                if (firstComponents.size() > 1) {
                    varying.put(keyword, List.copyOf(firstComponents));
                }
            }
        }
    }

    /** The distinct ImageOrientationPatient values (six direction cosines each). */
    private static List<double[]> orientations(FunctionalGroups groups) {
        List<double[]> orientations = new ArrayList<>();
        for (Attribute a : groups.find(TagFromName.ImageOrientationPatient)) {
            double[] d = doubles(a);
            if (d.length == 6 && orientations.stream().noneMatch(o -> Arrays.equals(o, d))) {
                orientations.add(d);
            }
        }
        return List.copyOf(orientations);
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
