package org.mrpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A study being received: last arrival and last check, to check it after the quiet period. */
@Entity
@Table(name = "incoming_study")
public class IncomingStudyEntity {
    @Id
    @Column(name = "study_instance_uid")
    public String studyInstanceUid;

    @Column(name = "last_received_at")
    public OffsetDateTime lastReceivedAt;

    @Column(name = "last_checked_at")
    public OffsetDateTime lastCheckedAt;

    @Column(name = "last_source")
    public String lastSource;

    @Column(name = "instance_count")
    public int instanceCount;

    @Version
    public long version;
}
