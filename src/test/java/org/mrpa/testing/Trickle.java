package org.mrpa.testing;

import java.io.InputStream;
import java.util.Random;

/** Bytes handed out 1 to {@code max} at a time with nothing ever "available", as a socket delivers them between packets. */
public final class Trickle {

    private Trickle() {}

    public static InputStream of(byte[] bytes, int max, long seed) {
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
}
