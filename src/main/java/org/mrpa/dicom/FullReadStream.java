package org.mrpa.dicom;

import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered stream that never returns a short read (a read returns every byte asked for unless the stream ends) and
 * whose {@code available()} is zero only at the end. {@link java.io.BufferedInputStream} returns a short read whenever
 * its source reports nothing available, as a network body does between arrivals, and the toolkit then took the short
 * read for the end of the file: an intact image read as truncated, depending on timing (seen with STOW-RS). Wrapped in
 * a BufferedInputStream for mark/reset, this source keeps it reading fully.
 */
final class FullReadStream extends InputStream {

    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;

    FullReadStream(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        pos = 0;
        limit = 0;
        int n = in.read(buf, 0, buf.length);
        while (n == 0) {
            n = in.read(buf, 0, buf.length);
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        limit = n;
        return true;
    }

    @Override
    public int read() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int done = 0;
        while (done < len) {
            if (pos >= limit && !fill()) {
                break;
            }
            int n = Math.min(len - done, limit - pos);
            System.arraycopy(buf, pos, b, off + done, n);
            pos += n;
            done += n;
        }
        return done == 0 ? -1 : done;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n) {
            if (pos >= limit && !fill()) {
                break;
            }
            int step = (int) Math.min(n - skipped, limit - pos);
            pos += step;
            skipped += step;
        }
        return skipped;
    }

    /** Zero only at the end of the stream: waits for the next bytes when none are buffered (see the class comment). */
    @Override
    public int available() throws IOException {
        if (pos >= limit) {
            fill();
        }
        return limit - pos;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
