package org.mrpa.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Streaming reader of a {@code multipart/related} body (RFC 2387, syntax of RFC 2046 section 5.1.1): one part at a
 * time, each part's content read through a stream that ends at the next boundary. Only a small buffer is held, so a
 * body of any size (a 1,000-instance study) passes through without being kept in memory.
 */
final class MultipartRelated {

    /** A body that does not follow the multipart syntax: no boundary, a part cut off, bad part headers. */
    static final class MalformedException extends IOException {
        MalformedException(String message) {
            super(message);
        }
    }

    /** One part: its headers (names in lower case) and its content. */
    final class Part {
        private final int number;
        private final Map<String, String> headers;
        private final InputStream content = new PartStream();

        private Part(int number, Map<String, String> headers) {
            this.number = number;
            this.headers = headers;
        }

        /** 1 for the first part. */
        int number() {
            return number;
        }

        /** A header's value, or null. */
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The part's content up to its boundary; closing it does nothing (see {@link #finish()}). */
        InputStream content() {
            return content;
        }

        /** Skips what is left of the content; throws when the body ends before this part's closing boundary. */
        void finish() throws IOException {
            skipContent();
        }
    }

    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean atDelimiter;
    private boolean finished;
    private String brokenBecause;
    private Part current;
    private int parts;

    /**
     * @param boundary the boundary parameter of the body's Content-Type (1 to 70 characters)
     */
    MultipartRelated(InputStream in, String boundary) {
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new IllegalArgumentException("a multipart boundary has 1 to 70 characters");
        }
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buf = new byte[64 * 1024];
        // a body normally starts with the boundary line itself: a virtual CRLF lets it match the delimiter
        buf[0] = '\r';
        buf[1] = '\n';
        limit = 2;
    }

    /** Parts read so far. */
    int parts() {
        return parts;
    }

    /**
     * The next part, after skipping what is left of the previous one (or the preamble); null after the closing boundary.
     *
     * @throws MalformedException when the body ends before a closing boundary or a part's headers are malformed
     */
    Part next() throws IOException {
        if (finished) {
            return null;
        }
        if (current != null) {
            current.finish();
        } else {
            try {
                skipContent(); // the preamble is ignored
            } catch (MalformedException e) {
                throw broken("the body has no multipart boundary line (--boundary from the Content-Type)");
            }
        }
        atDelimiter = false;
        ensure(2);
        if (limit == pos && eof) {
            // a sender that left out the closing "--": every part before it was complete
            finished = true;
            current = null;
            return null;
        }
        if (limit - pos >= 2 && buf[pos] == '-' && buf[pos + 1] == '-') {
            pos += 2;
            finished = true;
            current = null;
            return null;
        }
        skipRestOfBoundaryLine();
        Map<String, String> headers = readHeaders();
        current = new Part(++parts, headers);
        return current;
    }

    private void skipRestOfBoundaryLine() throws IOException {
        for (int n = 0; n < 1000; n++) {
            ensure(2);
            if (limit - pos < 2) {
                throw broken("the body ends after the boundary of part " + (parts + 1));
            }
            if (buf[pos] == '\r' && buf[pos + 1] == '\n') {
                pos += 2;
                return;
            }
            if (buf[pos] != ' ' && buf[pos] != '\t') {
                throw broken("unexpected characters after the boundary of part " + (parts + 1));
            }
            pos++;
        }
        throw broken("the boundary line of part " + (parts + 1) + " is too long");
    }

    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder();
        String last = null;
        int total = 0;
        while (true) {
            ensure(1);
            if (pos >= limit) {
                throw broken("the body ends inside the headers of part " + (parts + 1));
            }
            byte b = buf[pos++];
            if (++total > MAX_HEADER_BYTES) {
                throw broken("the headers of part " + (parts + 1) + " exceed " + MAX_HEADER_BYTES + " bytes");
            }
            if (b != '\n') {
                line.append((char) (b & 0xFF));
                continue;
            }
            int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
            String text = line.substring(0, end);
            line.setLength(0);
            if (text.isEmpty()) {
                return headers;
            }
            if ((text.charAt(0) == ' ' || text.charAt(0) == '\t') && last != null) {
                headers.merge(last, " " + text.strip(), String::concat);
                continue;
            }
            int colon = text.indexOf(':');
            if (colon <= 0) {
                throw broken("part " + (parts + 1) + " has a malformed header line");
            }
            last = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            headers.put(last, text.substring(colon + 1).strip());
        }
    }

    /** Skips content up to and including the next delimiter. */
    private void skipContent() throws IOException {
        byte[] skip = new byte[8192];
        while (readContent(skip, 0, skip.length) >= 0) {
            // skipped
        }
    }

    /** Reads content up to the next delimiter: -1 once it is reached (and consumed). */
    private int readContent(byte[] b, int off, int len) throws IOException {
        if (brokenBecause != null) {
            throw new MalformedException(brokenBecause);
        }
        if (atDelimiter) {
            return -1;
        }
        ensure(delimiter.length);
        int found = indexOfDelimiter();
        if (found == pos) {
            pos += delimiter.length;
            atDelimiter = true;
            return -1;
        }
        int safe;
        if (found >= 0) {
            safe = found - pos;
        } else if (eof) {
            if (pos == limit) {
                throw broken(
                        parts == 0
                                ? "the body has no multipart boundary line"
                                : "the body ends inside part " + parts + " (no closing boundary)");
            }
            // hand out what did arrive (a header may be whole even if the pixels are cut); the next read reports the
            // cut
            safe = limit - pos;
        } else {
            safe = limit - pos - (delimiter.length - 1);
        }
        int n = Math.min(len, safe);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    private int indexOfDelimiter() {
        byte first = delimiter[0];
        int last = limit - delimiter.length;
        outer:
        for (int i = pos; i <= last; i++) {
            if (buf[i] != first) {
                continue;
            }
            for (int j = 1; j < delimiter.length; j++) {
                if (buf[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Makes at least {@code n} bytes available from {@code pos}, unless the body ends first. */
    private void ensure(int n) throws IOException {
        if (limit - pos >= n || eof) {
            return;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        while (limit < n || limit < buf.length / 2) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
                return;
            }
            limit += r;
            if (limit >= n && in.available() <= 0) {
                return;
            }
        }
    }

    private MalformedException broken(String why) {
        brokenBecause = why;
        return new MalformedException(why);
    }

    /** A part's content: bytes up to its boundary. */
    private final class PartStream extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n;
            do {
                n = readContent(one, 0, 1);
            } while (n == 0);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n;
            do {
                n = readContent(b, off, len);
            } while (n == 0);
            return n;
        }

        @Override
        public void close() {
            // the multipart reader decides when the part ends
        }
    }
}
