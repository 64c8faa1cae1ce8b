package org.mrpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One run of a conformance check, with the full report as the API returned it. */
@Entity
@Table(name = "conformance_check")
public class ConformanceCheckEntity {
    @Id
    public String id;

    @Column(name = "study_instance_uid")
    public String studyInstanceUid;

    @Column(name = "checked_at")
    public OffsetDateTime checkedAt;

    @Column(name = "trigger_source")
    public String triggerSource;

    @Column(name = "protocol_id")
    public String protocolId;

    @Column(name = "recommendation_id")
    public String recommendationId;

    @Column(name = "order_link")
    public String orderLink;

    public String verdict;

    @Column(name = "report_json")
    public String reportJson;
}
