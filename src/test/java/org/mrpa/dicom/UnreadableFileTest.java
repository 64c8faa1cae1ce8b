package org.mrpa.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrpa.protocol.catalog.CatalogLoader;

/** A corrupt, truncated or non-DICOM file is reported by name with the reason; the other files are still read. */
class UnreadableFileTest {

    static final Path GOOD = DicomCorpusTest.CORPUS.resolve("siemens/se_t1_ax_acr_aera_e11");

    record Bytes(String name, byte[] data) implements HeaderExtractor.Source {
        @Override
        public InputStream open() {
            return new ByteArrayInputStream(data);
        }
    }

    @Test
    void badFilesAreListedWithTheirReasonAndTheGoodOnesStillRead() throws IOException {
        List<Path> good;
        try (var s = Files.list(GOOD)) {
            good = s.sorted().toList();
        }
        byte[] whole = Files.readAllBytes(good.get(0));
        List<Bytes> sources = new java.util.ArrayList<>();
        for (Path p : good) {
            sources.add(new Bytes(p.getFileName().toString(), Files.readAllBytes(p)));
        }
        sources.add(new Bytes("truncated.dcm", Arrays.copyOf(whole, 1500)));
        sources.add(new Bytes(
                "notes.txt",
                "Patient felt fine. Nothing to see here.\n".repeat(20).getBytes()));
        sources.add(new Bytes("empty.dcm", new byte[0]));
        sources.add(new Bytes("pom.xml", Files.readAllBytes(Path.of("pom.xml"))));

        HeaderExtraction x = new HeaderExtractor(
                        new CatalogLoader().load(Path.of("protocols")).headerClassification())
                .extract(sources);

        assertThat(x.series()).hasSize(1);
        assertThat(x.series().get(0).instances()).isEqualTo(3);
        assertThat(x.series().get(0).classification()).isEqualTo(SeriesClass.T1);
        assertThat(x.unreadable())
                .extracting(UnreadableFile::file)
                .containsExactly("truncated.dcm", "notes.txt", "empty.dcm", "pom.xml");
        assertThat(x.unreadable().get(0).reason()).startsWith("truncated");
        assertThat(x.unreadable()).allSatisfy(u -> assertThat(u.reason()).isNotBlank());
    }

    @Test
    void pixelDataIsNeverRead() throws IOException {
        Path file;
        try (var s = Files.list(GOOD)) {
            file = s.sorted().findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(file);
        CountingStream counting = new CountingStream(whole);
        DicomHeaderReader.Result r = new DicomHeaderReader().read("x", counting);
        assertThat(r.header()).isNotNull();
        assertThat(r.header().number("Rows")).isEqualTo(256.0);
        long pixelBytes = (long) (r.header().number("Rows") * r.header().number("Columns") * 2);
        assertThat(counting.read)
                .as("bytes read of %d", whole.length)
                .isLessThan(whole.length - pixelBytes + 64 * 1024);
    }

    static final class CountingStream extends ByteArrayInputStream {
        long read;

        CountingStream(byte[] b) {
            super(b);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }

        @Override
        public synchronized int read() {
            int c = super.read();
            read += c < 0 ? 0 : 1;
            return c;
        }
    }
}
