package org.mrpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The header of one instance received by C-STORE or STOW-RS (never its pixel data). */
@Entity
@Table(name = "received_instance")
public class ReceivedInstanceEntity {
    @Id
    @Column(name = "sop_instance_uid")
    public String sopInstanceUid;

    @Column(name = "study_instance_uid")
    public String studyInstanceUid;

    @Column(name = "series_instance_uid")
    public String seriesInstanceUid;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    public String source;

    @Column(name = "calling_ae_title")
    public String callingAeTitle;

    @Column(name = "header_json")
    public String headerJson;
}
