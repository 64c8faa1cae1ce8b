package org.mrpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A deviation of a study, kept across re-checks by its key so that its QA review survives them. */
@Entity
@Table(name = "deviation")
public class DeviationEntity {
    @Id
    public String id;

    @Column(name = "study_instance_uid")
    public String studyInstanceUid;

    @Column(name = "deviation_key")
    public String deviationKey;

    public String code;
    public String severity;

    @Column(name = "series_instance_uid")
    public String seriesInstanceUid;

    @Column(name = "series_number")
    public String seriesNumber;

    @Column(name = "sequence_id")
    public String sequenceId;

    public String keyword;

    @Column(name = "expected_value")
    public String expected;

    @Column(name = "actual_value")
    public String actual;

    public String message;
    public boolean present;
    public String status;

    @Column(name = "review_reason")
    public String reviewReason;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "first_seen_at")
    public OffsetDateTime firstSeenAt;

    @Column(name = "last_seen_at")
    public OffsetDateTime lastSeenAt;
}
