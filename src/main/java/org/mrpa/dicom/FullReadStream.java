package org.mrpa.dicom;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that never returns a short read (a read returns every byte asked for unless the stream ends) and whose
 * {@code available()} is zero only at the end (it waits for one byte when it must). {@link java.io.BufferedInputStream}
 * returns a short read whenever its source reports nothing available, as a network body does between arrivals, and the
 * toolkit then took the short read for the end of the file: an intact image read as truncated, depending on timing
 * (seen with STOW-RS). Wrapped in a BufferedInputStream for mark/reset, this source keeps it reading fully. It holds at
 * most one byte of its own, so nothing is read ahead beyond what the caller's buffer asks for.
 */
final class FullReadStream extends InputStream {

    private final InputStream in;
    private int peeked = -2;
    /** A failure met after some bytes were already handed out: reported on the next read, so those bytes still count. */
    private IOException pending;

    FullReadStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        throwPending();
        if (peeked != -2) {
            int b = peeked;
            peeked = b < 0 ? -1 : -2;
            return b;
        }
        return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        throwPending();
        int done = 0;
        if (peeked != -2) {
            if (peeked < 0) {
                return -1;
            }
            b[off] = (byte) peeked;
            peeked = -2;
            done = 1;
        }
        while (done < len) {
            int n;
            try {
                n = in.read(b, off + done, len - done);
            } catch (IOException e) {
                if (done == 0) {
                    throw e;
                }
                pending = e;
                break;
            }
            if (n < 0) {
                peeked = -1;
                break;
            }
            done += n;
        }
        return done == 0 ? -1 : done;
    }

    /** Zero only at the end of the stream: when nothing is known to be there, waits for the next byte. */
    @Override
    public int available() throws IOException {
        if (pending != null) {
            return 0;
        }
        if (peeked == -2) {
            int a = in.available();
            if (a > 0) {
                return a;
            }
            try {
                peeked = in.read();
            } catch (IOException e) {
                pending = e;
                return 0;
            }
        }
        return peeked < 0 ? 0 : 1 + Math.max(in.available(), 0);
    }

    private void throwPending() throws IOException {
        if (pending != null) {
            IOException e = pending;
            pending = null;
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
