package org.mrpa.study;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.mrpa.dicom.InstanceHeader;

/**
 * Durable record of received instances (headers only) and of the studies waiting for their quiet period to end; the
 * receivers (C-STORE, STOW-RS) hand every instance here. Implemented by the store room.
 */
public interface ReceivedInstances {

    /**
     * Stores the header of one received instance (a resend of the same SOP Instance UID replaces it) and marks its study
     * as receiving. Committed when this returns, so the caller may then acknowledge the instance; throws when it could
     * not be stored.
     */
    void record(InstanceHeader header, TriggerSource source, String callingAeTitle);

    /** Studies whose last instance came at least {@code quiet} ago and that were not checked since. */
    List<DueStudy> studiesDue(Duration quiet);

    /** Headers of every received instance of a study (empty when none). */
    List<InstanceHeader> headers(String studyInstanceUid);

    /** Marks a study checked as of the given time (the arrival time the check saw). */
    void markChecked(String studyInstanceUid, OffsetDateTime lastReceivedSeen);

    /** When the study's latest instance arrived, or null if it was never received. */
    OffsetDateTime lastReceived(String studyInstanceUid);

    /** A study due for its check, with how its latest instance arrived (C_STORE or STOW_RS). */
    record DueStudy(String studyInstanceUid, TriggerSource source) {}
}
