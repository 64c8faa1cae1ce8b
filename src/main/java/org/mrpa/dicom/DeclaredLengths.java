package org.mrpa.dicom;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Checks, before the toolkit reads a file of known size, that no data element declares a value longer than the bytes
 * left in the file. The toolkit allocates an element's declared length before it reads it, so a few corrupt bytes in
 * a 1 KB upload (a length near 2 GiB) would otherwise cost gigabytes of memory and seconds per file. Only the element
 * headers in the first bytes of the file are walked (up to Pixel Data); sequences and items are stepped into, deflated
 * data sets are not checked.
 */
final class DeclaredLengths {

    private static final Set<String> LONG_VRS =
            Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV");
    private static final long UNDEFINED = 0xFFFFFFFFL;

    private final byte[] head;
    private final long size;
    private int at;
    private boolean explicit = true;
    private boolean bigEndian;
    private String lastValue;

    private DeclaredLengths(byte[] head, int headLength, long size) {
        this.head = java.util.Arrays.copyOf(head, headLength);
        this.size = size;
    }

    /**
     * The first element whose declared length runs past the end of a file of {@code size} bytes, described for the
     * user, or empty when none does (or the walk cannot tell).
     *
     * @param head the first bytes of the file, as many as were read ({@code headLength})
     */
    static Optional<String> overrun(byte[] head, int headLength, long size) {
        return new DeclaredLengths(head, headLength, size).walk();
    }

    private Optional<String> walk() {
        at = head.length >= 132 && "DICM".equals(new String(head, 128, 4, StandardCharsets.US_ASCII)) ? 132 : 0;
        explicit = at == 132 || looksExplicit();
        String transferSyntax = null;
        boolean inMeta = at == 132;
        while (at + 8 <= head.length) {
            int group = u16(at);
            int element = u16(at + 2);
            if (inMeta && group != 0x0002) {
                inMeta = false;
                if (!datasetSyntax(transferSyntax)) {
                    return Optional.empty();
                }
                continue;
            }
            if (group == 0x7FE0 && element == 0x0010) {
                return Optional.empty();
            }
            Optional<String> problem = step(group, element, inMeta, transferSyntax);
            if (problem == null) {
                return Optional.empty();
            }
            if (problem.isPresent()) {
                return problem;
            }
            if (inMeta && element == 0x0010 && transferSyntax == null) {
                transferSyntax = lastValue;
            }
        }
        return Optional.empty();
    }

    /** One element: empty to go on, a problem, or null when the walk cannot go on (an unknown VR). */
    private Optional<String> step(int group, int element, boolean inMeta, String transferSyntax) {
        String vr = null;
        long length;
        int header;
        if (group == 0xFFFE) {
            length = u32(at + 4);
            header = 8;
        } else if (explicit || inMeta) {
            vr = new String(head, at + 4, 2, StandardCharsets.US_ASCII);
            if (!vr.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                return null;
            }
            boolean longForm = LONG_VRS.contains(vr);
            if (longForm && at + 12 > head.length) {
                return null;
            }
            length = longForm ? u32(at + 8) : u16(at + 6);
            header = longForm ? 12 : 8;
        } else {
            length = u32(at + 4);
            header = 8;
        }
        long left = size - at - header;
        if (length == UNDEFINED || group == 0xFFFE || "SQ".equals(vr)) {
            at += header; // step into the sequence or item
            return Optional.empty();
        }
        if (length > left) {
            return Optional.of(String.format(
                    "element (%04X,%04X) declares %d bytes but only %d remain in the file",
                    group, element, length, Math.max(left, 0)));
        }
        if (inMeta && element == 0x0010 && at + header + length <= head.length) {
            lastValue = new String(head, at + header, (int) length, StandardCharsets.US_ASCII)
                    .trim()
                    .replace("\0", "");
        }
        at += header + (int) Math.min(length, Integer.MAX_VALUE - at - header);
        return Optional.empty();
    }

    /** Sets the encoding of the data set after the meta group; false for a deflated one (not walked). */
    private boolean datasetSyntax(String uid) {
        if ("1.2.840.10008.1.2.1.99".equals(uid)) {
            return false;
        }
        explicit = !"1.2.840.10008.1.2".equals(uid);
        bigEndian = "1.2.840.10008.1.2.2".equals(uid);
        return true;
    }

    private boolean looksExplicit() {
        return head.length >= 6 && Character.isUpperCase(head[4]) && Character.isUpperCase(head[5]);
    }

    private int u16(int i) {
        int a = head[i] & 0xFF;
        int b = head[i + 1] & 0xFF;
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    private long u32(int i) {
        long a = head[i] & 0xFF;
        long b = head[i + 1] & 0xFF;
        long c = head[i + 2] & 0xFF;
        long d = head[i + 3] & 0xFF;
        return bigEndian ? (a << 24) | (b << 16) | (c << 8) | d : (d << 24) | (c << 16) | (b << 8) | a;
    }
}
