package org.mrpa.api;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mrpa.dicom.DicomHeaderReader;
import org.mrpa.dicom.HeaderExtraction;
import org.mrpa.dicom.InstanceHeader;
import org.mrpa.dicom.SeriesAssembler;
import org.mrpa.dicom.UnreadableFile;

/**
 * Reads the headers of an upload: DICOM files, or zips of them, streamed entry by entry so only headers are kept.
 * Enforces the upload limits: number of files, decompressed bytes (counted as they are inflated, not as the zip
 * declares them), compression ratio (zip bombs) and entry names that would leave the folder (path traversal).
 */
final class UploadedStudy {

    private final UploadLimits limits;
    private final DicomHeaderReader reader = new DicomHeaderReader();

    UploadedStudy(UploadLimits limits) {
        this.limits = limits;
    }

    HeaderExtraction read(List<FileUpload> uploads, SeriesAssembler assembler) {
        List<FileUpload> files = uploads == null
                ? List.of()
                : uploads.stream().filter(u -> u.uploadedFile() != null).toList();
        long sent = 0;
        for (FileUpload f : files) {
            sent += f.size();
        }
        if (sent > limits.maxUploadBytes()) {
            throw new ProblemException(
                    413,
                    ProblemCode.UPLOAD_TOO_LARGE,
                    "The upload is " + sent + " bytes, over " + limits.maxUploadBytes()
                            + " (mrpa.upload.max-upload-bytes)",
                    List.of(new Problem.FieldError("(files)", "over the size limit")));
        }
        if (files.isEmpty() || sent == 0) {
            throw new ProblemException(
                    400,
                    ProblemCode.EMPTY_UPLOAD,
                    "Send DICOM files or one zip as multipart/form-data parts (any field name)",
                    List.of(new Problem.FieldError("(files)", "no file, or only empty files")));
        }
        List<InstanceHeader> headers = new ArrayList<>();
        List<UnreadableFile> unreadable = new ArrayList<>();
        long[] budget = {limits.maxDecompressedBytes()};
        int[] count = {0};
        for (FileUpload f : files) {
            String name = f.fileName() == null || f.fileName().isBlank() ? f.name() : f.fileName();
            if (isZip(f.uploadedFile())) {
                readZip(name, f.uploadedFile(), f.size(), headers, unreadable, budget, count);
            } else {
                countFile(name, count);
                try (InputStream in = Files.newInputStream(f.uploadedFile())) {
                    add(reader.read(name, in, f.size()), headers, unreadable);
                } catch (IOException e) {
                    unreadable.add(new UnreadableFile(name, "cannot be read: " + e.getMessage()));
                }
            }
        }
        return new HeaderExtraction(assembler.assemble(headers), unreadable);
    }

    private void readZip(
            String zipName,
            Path zip,
            long compressedSize,
            List<InstanceHeader> headers,
            List<UnreadableFile> unreadable,
            long[] budget,
            int[] count) {
        long before = budget[0];
        try (ZipInputStream zin = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip), 64 * 1024))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                String entry = e.getName();
                if (entry.startsWith("/")
                        || entry.startsWith("\\")
                        || entry.matches("^[A-Za-z]:.*")
                        || List.of(entry.replace('\\', '/').split("/")).contains("..")) {
                    throw new ProblemException(
                            400,
                            ProblemCode.UNSAFE_ZIP_ENTRY,
                            "Zip " + zipName + " has an entry that leaves its folder: " + entry,
                            List.of(new Problem.FieldError(
                                    zipName, "entry '" + entry + "' is an absolute path or contains '..'")));
                }
                if (e.isDirectory() || entry.startsWith("__MACOSX/") || entry.endsWith(".DS_Store")) {
                    continue;
                }
                countFile(zipName + "!" + entry, count);
                Limited in = new Limited(zin, budget, zipName, compressedSize, before);
                add(reader.read(zipName + "!" + entry, in), headers, unreadable);
                in.drain();
            }
        } catch (ZipException ex) {
            unreadable.add(new UnreadableFile(zipName, "not a valid zip: " + ex.getMessage()));
        } catch (IOException ex) {
            unreadable.add(new UnreadableFile(zipName, "cannot be read: " + ex.getMessage()));
        }
    }

    private void countFile(String name, int[] count) {
        if (++count[0] > limits.maxFiles()) {
            throw new ProblemException(
                    413,
                    ProblemCode.TOO_MANY_FILES,
                    "The upload holds more than " + limits.maxFiles() + " files (mrpa.upload.max-files)",
                    List.of(new Problem.FieldError(name, "file " + count[0] + " is over the limit")));
        }
    }

    private static void add(DicomHeaderReader.Result r, List<InstanceHeader> headers, List<UnreadableFile> unreadable) {
        if (r.header() != null) {
            headers.add(r.header());
        } else {
            unreadable.add(r.unreadable());
        }
    }

    private static boolean isZip(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] sig = in.readNBytes(4);
            return sig.length == 4 && sig[0] == 'P' && sig[1] == 'K' && sig[2] == 3 && sig[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /** One zip entry, not closing the zip, counting inflated bytes against the budget and the compression ratio. */
    private final class Limited extends FilterInputStream {
        private final long[] budget;
        private final String zip;
        private final long compressed;
        private final long start;

        Limited(InputStream in, long[] budget, String zip, long compressed, long start) {
            super(in);
            this.budget = budget;
            this.zip = zip;
            this.compressed = compressed;
            this.start = start;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                charge(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                charge(n);
            }
            return n;
        }

        private void charge(long n) {
            budget[0] -= n;
            if (budget[0] < 0) {
                throw new ProblemException(
                        413,
                        ProblemCode.UPLOAD_TOO_LARGE,
                        "The upload inflates to more than " + limits.maxDecompressedBytes()
                                + " bytes (mrpa.upload.max-decompressed-bytes)",
                        List.of(new Problem.FieldError(zip, "decompressed size over the limit")));
            }
            long inflated = start - budget[0];
            if (inflated > limits.zipBombMinBytes() && inflated > compressed * limits.maxCompressionRatio()) {
                throw new ProblemException(
                        400,
                        ProblemCode.ZIP_BOMB,
                        "Zip " + zip + " inflates more than " + limits.maxCompressionRatio()
                                + " times its size; refused (mrpa.upload.max-compression-ratio)",
                        List.of(new Problem.FieldError(zip, "compression ratio over " + limits.maxCompressionRatio())));
            }
        }

        @Override
        public void close() {
            // the zip stream stays open for the next entry
        }

        void drain() throws IOException {
            byte[] buf = new byte[64 * 1024];
            while (read(buf, 0, buf.length) > 0) {
                // counted by read
            }
        }
    }
}
