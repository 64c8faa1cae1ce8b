package org.mrpa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mrpa.testing.Trickle;

/** The streaming multipart/related reader, with bodies delivered whole and in small random chunks. */
class MultipartRelatedTest {

    static final String B = "XbOuNdArY42";

    record ReadPart(String contentType, byte[] content) {}

    static List<ReadPart> readAll(InputStream in) throws IOException {
        MultipartRelated m = new MultipartRelated(in, B);
        List<ReadPart> parts = new ArrayList<>();
        for (MultipartRelated.Part p = m.next(); p != null; p = m.next()) {
            parts.add(new ReadPart(p.header("Content-Type"), p.content().readAllBytes()));
            p.finish();
        }
        return parts;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... pieces) {
        int n = 0;
        for (byte[] p : pieces) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : pieces) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Content that holds CR LF and dashes and the boundary text without the leading CRLF--, which is not a delimiter. */
    static byte[] trickyContent(int size) {
        byte[] c = new byte[size];
        new Random(size).nextBytes(c);
        byte[] lookalike = bytes("\r\n-" + B + "\r\n--" + B.substring(0, 5) + "--" + B);
        System.arraycopy(lookalike, 0, c, size / 2, lookalike.length);
        return c;
    }

    @ParameterizedTest(name = "chunks of at most {0} bytes")
    @ValueSource(ints = {1, 3, 17, 1000, 1 << 20})
    void readsEveryPartWithItsHeadersAndExactContent(int chunk) throws IOException {
        byte[] first = trickyContent(200_000);
        byte[] second = trickyContent(100);
        byte[] body = concat(
                bytes("preamble to ignore\r\n--" + B
                        + "\r\nContent-Type: application/dicom\r\nX-Long: one\r\n two\r\n\r\n"),
                first,
                bytes("\r\n--" + B
                        + "  \r\ncontent-type: application/dicom; transfer-syntax=1.2.840.10008.1.2.1\r\n\r\n"),
                second,
                bytes("\r\n--" + B + "--\r\nepilogue to ignore"));
        List<ReadPart> parts = readAll(Trickle.of(body, chunk, 7));
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).contentType()).isEqualTo("application/dicom");
        assertThat(parts.get(0).content()).isEqualTo(first);
        assertThat(parts.get(1).contentType()).isEqualTo("application/dicom; transfer-syntax=1.2.840.10008.1.2.1");
        assertThat(parts.get(1).content()).isEqualTo(second);
    }

    @Test
    void foldedHeaderLinesAreJoined() throws IOException {
        MultipartRelated m = new MultipartRelated(
                new ByteArrayInputStream(bytes("--" + B + "\r\nX-Long: one\r\n two\r\n\r\nabc\r\n--" + B + "--")), B);
        MultipartRelated.Part p = m.next();
        assertThat(p.header("x-long")).isEqualTo("one two");
        assertThat(p.number()).isEqualTo(1);
        assertThat(new String(p.content().readAllBytes(), StandardCharsets.ISO_8859_1))
                .isEqualTo("abc");
        assertThat(m.next()).isNull();
        assertThat(m.parts()).isEqualTo(1);
    }

    @Test
    void anEmptyPartHasNoContent() throws IOException {
        List<ReadPart> parts = readAll(new ByteArrayInputStream(bytes("--" + B + "\r\n\r\n\r\n--" + B + "--\r\n")));
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).content()).isEmpty();
        assertThat(parts.get(0).contentType()).isNull();
    }

    @Test
    void aBodyWithoutTheClosingDashesEndsAfterItsLastCompletePart() throws IOException {
        List<ReadPart> parts = readAll(new ByteArrayInputStream(bytes("--" + B + "\r\n\r\nabc\r\n--" + B)));
        assertThat(parts)
                .extracting(p -> new String(p.content(), StandardCharsets.ISO_8859_1))
                .containsExactly("abc");
    }

    @Test
    void aPartCutOffBeforeItsBoundaryIsMalformedAndSaysWhichPart() throws IOException {
        MultipartRelated m = new MultipartRelated(
                new ByteArrayInputStream(bytes("--" + B + "\r\n\r\nabc\r\n--" + B + "\r\n\r\ndef-no-end")), B);
        MultipartRelated.Part first = m.next();
        assertThat(first.content().readAllBytes()).isEqualTo(bytes("abc"));
        MultipartRelated.Part second = m.next();
        assertThatThrownBy(() -> second.content().readAllBytes())
                .isInstanceOf(MultipartRelated.MalformedException.class)
                .hasMessage("the body ends inside part 2 (no closing boundary)");
        assertThatThrownBy(second::finish)
                .isInstanceOf(MultipartRelated.MalformedException.class)
                .hasMessage("the body ends inside part 2 (no closing boundary)");
    }

    @Test
    void aBodyWithoutTheBoundaryIsMalformed() {
        MultipartRelated m =
                new MultipartRelated(new ByteArrayInputStream(bytes("just some bytes, no boundary here")), B);
        assertThatThrownBy(m::next)
                .isInstanceOf(MultipartRelated.MalformedException.class)
                .hasMessage("the body has no multipart boundary line (--boundary from the Content-Type)");
    }

    @Test
    void aHeaderLineWithoutAColonIsMalformed() {
        MultipartRelated m = new MultipartRelated(
                new ByteArrayInputStream(bytes("--" + B + "\r\nnot a header\r\n\r\nabc\r\n--" + B + "--")), B);
        assertThatThrownBy(m::next)
                .isInstanceOf(MultipartRelated.MalformedException.class)
                .hasMessage("part 1 has a malformed header line");
    }

    @Test
    void headersOverTheLimitAreMalformedRatherThanBuffered() {
        String huge = "X-Big: " + "a".repeat(20_000) + "\r\n";
        MultipartRelated m = new MultipartRelated(
                new ByteArrayInputStream(bytes("--" + B + "\r\n" + huge + "\r\nabc\r\n--" + B + "--")), B);
        assertThatThrownBy(m::next)
                .isInstanceOf(MultipartRelated.MalformedException.class)
                .hasMessage("the headers of part 1 exceed 16384 bytes");
    }

    @Test
    void aBoundaryOutsideOneToSeventyCharactersIsRefused() {
        assertThatThrownBy(() -> new MultipartRelated(InputStream.nullInputStream(), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MultipartRelated(InputStream.nullInputStream(), "b".repeat(71)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
