package org.mrpa.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.mrpa.dicom.DicomHeaderReader;
import org.mrpa.store.DatabaseFailures;
import org.mrpa.study.ReceivedInstances;
import org.mrpa.study.TriggerSource;

/**
 * The DICOMweb Studies Store transaction (STOW-RS, PS3.18 section 10.5) behind the REST resource: reads each part of a
 * {@code multipart/related; type="application/dicom"} body as it streams in, keeps the header of every MR image,
 * and says per instance whether it was stored or why not. An instance counts as stored only once its whole part has
 * arrived and its header is committed, so a success in the response is never lost.
 */
@ApplicationScoped
public class StowReceiver {

    private static final Logger LOG = Logger.getLogger(StowReceiver.class);

    /** Failure Reason (0008,1197) values of PS3.18 table I.2-2. */
    public static final int PROCESSING_FAILURE = 0x0110;

    public static final int SOP_CLASS_NOT_SUPPORTED = 0x0122;
    public static final int DATA_SET_DOES_NOT_MATCH = 0xA900;
    public static final int CANNOT_UNDERSTAND = 0xC000;

    /** An instance stored. */
    public record Stored(String sopClassUid, String sopInstanceUid) {}

    /** An instance (or a part that is not one) not stored: the UIDs when they could be read, the reason code and why. */
    public record Failed(int part, String sopClassUid, String sopInstanceUid, int reason, String why) {}

    /**
     * What happened to each part. {@code malformed} says why the body stopped being readable (parts before it were
     * handled), {@code databaseUnavailable} that storing failed because the database could not be reached.
     */
    public record Outcome(List<Stored> stored, List<Failed> failed, String malformed, boolean databaseUnavailable) {}

    private final ReceivedInstances received;
    private final DicomHeaderReader reader = new DicomHeaderReader();

    public StowReceiver(ReceivedInstances received) {
        this.received = received;
    }

    /**
     * Reads and stores the instances of a multipart/related body.
     *
     * @param boundary    the body's multipart boundary
     * @param targetStudy the Study Instance UID of {@code /studies/{study}}, or null: instances of another study fail
     */
    public Outcome receive(InputStream body, String boundary, String targetStudy) {
        MultipartRelated multipart = new MultipartRelated(body, boundary);
        Receipt receipt = new Receipt(targetStudy);
        String malformed = null;
        try {
            for (MultipartRelated.Part part = multipart.next(); part != null; part = multipart.next()) {
                receipt.take(part);
            }
        } catch (MultipartRelated.MalformedException e) {
            malformed = e.getMessage();
        } catch (IOException e) {
            malformed = "the request body could not be read: " + e.getClass().getSimpleName();
        }
        for (Failed f : receipt.failed) {
            LOG.warnf("STOW-RS part %d refused (reason %d): %s", f.part(), f.reason(), f.why());
        }
        return new Outcome(List.copyOf(receipt.stored), List.copyOf(receipt.failed), malformed, receipt.databaseDown);
    }

    /** The instances of one request, stored or failed, as its parts are read in order. */
    private final class Receipt {
        private final String targetStudy;
        private final List<Stored> stored = new ArrayList<>();
        private final List<Failed> failed = new ArrayList<>();
        private boolean databaseDown;

        Receipt(String targetStudy) {
            this.targetStudy = targetStudy;
        }

        /** Reads one part to its end and stores its instance, or records why it failed. */
        void take(MultipartRelated.Part part) throws IOException {
            String type = part.header("content-type");
            String mediaType = type == null
                    ? "application/dicom"
                    : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!mediaType.equals("application/dicom")) {
                part.finish();
                failed.add(new Failed(
                        part.number(),
                        null,
                        null,
                        CANNOT_UNDERSTAND,
                        "part is " + mediaType + ", not application/dicom"));
                return;
            }
            DicomHeaderReader.Result r = reader.read("part " + part.number(), part.content());
            // the instance is complete only when its part ended at a boundary: a cut-off part throws here
            try {
                part.finish();
            } catch (MultipartRelated.MalformedException e) {
                fail(part, r, CANNOT_UNDERSTAND, e.getMessage());
                throw e;
            }
            if (r.header() == null) {
                fail(
                        part,
                        r,
                        r.unsupportedSopClass() ? SOP_CLASS_NOT_SUPPORTED : CANNOT_UNDERSTAND,
                        r.unreadable().reason());
            } else if (targetStudy != null && !targetStudy.equals(r.header().first("StudyInstanceUID"))) {
                fail(
                        part,
                        r,
                        DATA_SET_DOES_NOT_MATCH,
                        "the instance belongs to another study than the one in the request's path");
            } else if (databaseDown) {
                fail(part, r, PROCESSING_FAILURE, "the database is unavailable");
            } else {
                store(part, r);
            }
        }

        private void store(MultipartRelated.Part part, DicomHeaderReader.Result r) {
            try {
                received.record(r.header(), TriggerSource.STOW_RS, null);
                stored.add(new Stored(r.sopClassUid(), r.sopInstanceUid()));
            } catch (RuntimeException e) {
                databaseDown = DatabaseFailures.isUnavailable(e);
                LOG.warnf(
                        "STOW-RS part %d not stored: %s",
                        part.number(), e.getClass().getSimpleName());
                fail(
                        part,
                        r,
                        PROCESSING_FAILURE,
                        databaseDown ? "the database is unavailable" : "the instance could not be stored");
            }
        }

        private void fail(MultipartRelated.Part part, DicomHeaderReader.Result r, int reason, String why) {
            failed.add(new Failed(part.number(), r.sopClassUid(), r.sopInstanceUid(), reason, why));
        }
    }
}
