package org.mrpa.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mrpa.testing.Trickle;

/**
 * A file arriving over the network comes in pieces, with nothing available between them. The reader must read every
 * header whole however the bytes are cut (a STOW-RS upload once had one image in a thousand read as truncated).
 */
class TrickledStreamTest {

    static Stream<Path> samples() throws IOException {
        return Stream.of(
                        "lumbar-conformant-ge/s03_i02.dcm",
                        "lumbar-conformant-philips-enhanced/s03.dcm",
                        "lumbar-conformant-siemens/s01_i01.dcm")
                .map(p -> Path.of("sample-dicom", p));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aFileDeliveredInSmallPiecesReadsAsTheWholeFileDoes(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        DicomHeaderReader reader = new DicomHeaderReader();
        InstanceHeader whole =
                reader.read("whole", new ByteArrayInputStream(bytes)).header();
        assertThat(whole).isNotNull();
        for (int max : new int[] {1, 7, 100, 5000}) {
            DicomHeaderReader.Result r = reader.read("trickled", Trickle.of(bytes, max, max));
            assertThat(r.unreadable()).as("pieces of at most " + max + " bytes").isNull();
            assertThat(r.header().text()).isEqualTo(whole.text());
            assertThat(r.header().numbers()).isEqualTo(whole.numbers());
        }
    }
}
