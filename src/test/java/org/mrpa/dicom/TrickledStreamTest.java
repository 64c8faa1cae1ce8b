package org.mrpa.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file arriving over the network comes in pieces, with nothing available between them. The reader must read every
 * header whole however the bytes are cut (a STOW-RS upload once had one image in a thousand read as truncated).
 */
class TrickledStreamTest {

    /** Hands out 1 to {@code max} bytes per read and always claims nothing is available, like a socket between packets. */
    static InputStream trickle(byte[] bytes, int max, long seed) {
        Random random = new Random(seed);
        return new InputStream() {
            int pos;

            @Override
            public int read() {
                return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= bytes.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, 1 + random.nextInt(max)), bytes.length - pos);
                System.arraycopy(bytes, pos, b, off, n);
                pos += n;
                return n;
            }

            @Override
            public int available() {
                return 0;
            }
        };
    }

    static Stream<Path> samples() throws IOException {
        return Stream.of("lumbar-conformant-ge/s03_i02.dcm", "lumbar-conformant-philips-enhanced/s03.dcm", "lumbar-conformant-siemens/s01_i01.dcm")
                .map(p -> Path.of("sample-dicom", p));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aFileDeliveredInSmallPiecesReadsAsTheWholeFileDoes(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        DicomHeaderReader reader = new DicomHeaderReader();
        InstanceHeader whole = reader.read("whole", new ByteArrayInputStream(bytes)).header();
        assertThat(whole).isNotNull();
        for (int max : new int[] {1, 7, 100, 5000}) {
            DicomHeaderReader.Result r = reader.read("trickled", trickle(bytes, max, max));
            assertThat(r.unreadable()).as("pieces of at most " + max + " bytes").isNull();
            assertThat(r.header().text()).isEqualTo(whole.text());
            assertThat(r.header().numbers()).isEqualTo(whole.numbers());
        }
    }
}
