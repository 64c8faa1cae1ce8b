package org.mrpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One QA review action on a deviation (the audit trail). */
@Entity
@Table(name = "deviation_review")
public class DeviationReviewEntity {
    @Id
    public String id;

    @Column(name = "deviation_id")
    public String deviationId;

    public String action;
    public String reason;
    public String reviewer;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;
}
