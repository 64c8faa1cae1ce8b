package org.mrpa.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A file whose element declares more bytes than the file holds is refused before the toolkit allocates them. */
class DeclaredLengthsTest {

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".md")
                            && !p.getFileName().toString().endsWith(".sh"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void noRealScannerFileNorSampleIsRefused() throws IOException {
        List<Path> all = new java.util.ArrayList<>(files(Path.of("sample-dicom")));
        all.addAll(files(DicomCorpusTest.CORPUS));
        assertThat(all).hasSizeGreaterThan(100);
        for (Path f : all) {
            byte[] data = Files.readAllBytes(f);
            assertThat(DeclaredLengths.overrun(data, Math.min(data.length, 65536), data.length))
                    .as(f.toString())
                    .isEmpty();
        }
    }

    @Test
    void anElementLongerThanTheFileIsRefusedWithItsTagAndLengths() throws IOException {
        Path sample = files(Path.of("sample-dicom")).stream()
                .filter(p -> p.toString().endsWith(".dcm"))
                .findFirst()
                .orElseThrow();
        byte[] data = Files.readAllBytes(sample);
        // the meta group's first element: (0002,0000) UL 4 -> give (0002,0001) OB a length near 2 GiB
        int at = 132 + 12;
        assertThat(data[at]).isEqualTo((byte) 0x02);
        assertThat(data[at + 2]).isEqualTo((byte) 0x01);
        ByteBuffer.wrap(data, at + 8, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(0x7FFFFFF0);
        long left = data.length - at - 12;

        assertThat(DeclaredLengths.overrun(data, Math.min(data.length, 65536), data.length))
                .contains("element (0002,0001) declares 2147483632 bytes but only " + left + " remain in the file");
        DicomHeaderReader.Result r =
                new DicomHeaderReader().read("cut.dcm", new ByteArrayInputStream(data), data.length);
        assertThat(r.header()).isNull();
        assertThat(r.unreadable().reason())
                .isEqualTo("not readable as DICOM: element (0002,0001) declares 2147483632 bytes but only " + left
                        + " remain in the file");
        DicomHeaderReader.Result whole = new DicomHeaderReader()
                .read("ok.dcm", new ByteArrayInputStream(Files.readAllBytes(sample)), data.length);
        assertThat(whole.header()).isNotNull();
    }
}
