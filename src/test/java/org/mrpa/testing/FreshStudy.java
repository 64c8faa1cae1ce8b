package org.mrpa.testing;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A copy of a sample study under new UIDs (study, series, instances), with a chosen accession number and study date,
 * so tests that store studies never collide with each other or with earlier runs against the same database.
 */
public final class FreshStudy {

    public final String studyInstanceUid = newUid();
    public final List<Path> files = new ArrayList<>();
    /** SOP Instance UIDs in the order of {@link #files}. */
    public final List<String> sopInstanceUids = new ArrayList<>();

    private FreshStudy() {}

    /** Writes the copy under {@code dir}; accession null keeps none, date YYYYMMDD (null keeps the sample's). */
    public static FreshStudy of(String sample, String accession, String studyDate, Path dir) throws IOException {
        return of(sample, accession, studyDate, null, dir);
    }

    /** As {@link #of(String, String, String, Path)}, with another Station Name when station is not null. */
    public static FreshStudy of(String sample, String accession, String studyDate, String station, Path dir)
            throws IOException {
        FreshStudy s = new FreshStudy();
        Map<String, String> series = new HashMap<>();
        Files.createDirectories(dir);
        try (Stream<Path> in = Files.list(Path.of("sample-dicom", sample))) {
            for (Path p : in.filter(f -> f.toString().endsWith(".dcm")).sorted().toList()) {
                AttributeList l = new AttributeList();
                l.read(p.toFile());
                set(l, TagFromName.StudyInstanceUID, s.studyInstanceUid);
                String oldSeries = Attribute.getSingleStringValueOrEmptyString(l, TagFromName.SeriesInstanceUID);
                set(l, TagFromName.SeriesInstanceUID, series.computeIfAbsent(oldSeries, k -> newUid()));
                String sop = newUid();
                set(l, TagFromName.SOPInstanceUID, sop);
                set(l, TagFromName.MediaStorageSOPInstanceUID, sop);
                l.remove(TagFromName.AccessionNumber);
                if (accession != null) {
                    set(l, TagFromName.AccessionNumber, accession);
                }
                if (station != null) {
                    set(l, TagFromName.StationName, station);
                }
                if (studyDate != null) {
                    set(l, TagFromName.StudyDate, studyDate);
                }
                Path out = dir.resolve(p.getFileName());
                String ts = Attribute.getSingleStringValueOrEmptyString(l, TagFromName.TransferSyntaxUID);
                l.write(out.toFile(), ts, true, true);
                s.files.add(out);
                s.sopInstanceUids.add(sop);
            }
        } catch (DicomException e) {
            throw new IOException(e);
        }
        return s;
    }

    /** A copy of one file under another SOP Class UID (e.g. CT Image Storage) and a new SOP Instance UID; returns the UID. */
    public static String copyAsSopClass(Path file, String sopClassUid, Path out) throws IOException {
        try {
            AttributeList l = new AttributeList();
            l.read(file.toFile());
            set(l, TagFromName.SOPClassUID, sopClassUid);
            set(l, TagFromName.MediaStorageSOPClassUID, sopClassUid);
            String sop = newUid();
            set(l, TagFromName.SOPInstanceUID, sop);
            set(l, TagFromName.MediaStorageSOPInstanceUID, sop);
            l.write(
                    out.toFile(),
                    Attribute.getSingleStringValueOrEmptyString(l, TagFromName.TransferSyntaxUID),
                    true,
                    true);
            return sop;
        } catch (DicomException e) {
            throw new IOException(e);
        }
    }

    /** The files as one zip. */
    public byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Path p : files) {
                z.putNextEntry(new ZipEntry(p.getFileName().toString()));
                z.write(Files.readAllBytes(p));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A random UID under the 2.25 (UUID) root. */
    public static String newUid() {
        UUID u = UUID.randomUUID();
        BigInteger b = new BigInteger(
                1,
                java.nio.ByteBuffer.allocate(16)
                        .putLong(u.getMostSignificantBits())
                        .putLong(u.getLeastSignificantBits())
                        .array());
        return "2.25." + b;
    }

    /** A random accession number (16 characters at most). */
    public static String newAccession() {
        return "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static void set(AttributeList l, com.pixelmed.dicom.AttributeTag tag, String value) throws DicomException {
        Attribute a = l.get(tag);
        if (a == null) {
            a = com.pixelmed.dicom.AttributeFactory.newAttribute(tag);
            l.put(a);
        }
        a.setValue(value);
    }
}
