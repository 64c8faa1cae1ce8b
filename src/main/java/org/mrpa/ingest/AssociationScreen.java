package org.mrpa.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the A-ASSOCIATE-RQ at the start of a DICOM connection to learn the calling AE title before the toolkit
 * accepts anything, and writes an A-ASSOCIATE-RJ when the caller is not allowed (PS3.8 section 9.3.2 and 9.3.4).
 */
final class AssociationScreen {

    /** PDU type of A-ASSOCIATE-RQ. */
    static final int ASSOCIATE_RQ = 0x01;
    /** Reason 3 (service-user): calling AE title not recognized. */
    static final int REASON_CALLING_AE_NOT_RECOGNIZED = 3;
    /** Largest A-ASSOCIATE-RQ read (a request lists presentation contexts; a few kB is typical). */
    static final int MAX_REQUEST = 1 << 20;

    private AssociationScreen() {}

    /** The first PDU as sent, and the calling AE title in it (trimmed), or null when it is not an A-ASSOCIATE-RQ. */
    record Request(byte[] bytes, String callingAeTitle, String calledAeTitle) {}

    static Request read(InputStream in) throws IOException {
        byte[] head = in.readNBytes(6);
        if (head.length < 6) {
            throw new IOException("connection closed before an association request");
        }
        long length =
                ((head[2] & 0xFFL) << 24) | ((head[3] & 0xFFL) << 16) | ((head[4] & 0xFFL) << 8) | (head[5] & 0xFFL);
        if ((head[0] & 0xFF) != ASSOCIATE_RQ || length < 68 || length > MAX_REQUEST) {
            return new Request(head, null, null);
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new IOException("connection closed inside the association request");
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream(6 + body.length);
        all.write(head);
        all.write(body);
        String called = new String(body, 4, 16, StandardCharsets.US_ASCII).trim();
        String calling = new String(body, 20, 16, StandardCharsets.US_ASCII).trim();
        return new Request(all.toByteArray(), calling, called);
    }

    /** A-ASSOCIATE-RJ: rejected-permanent (1), by the service user (1), with the given reason. */
    static void reject(OutputStream out, int reason) throws IOException {
        out.write(new byte[] {0x03, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x01, 0x01, (byte) reason});
        out.flush();
    }
}
