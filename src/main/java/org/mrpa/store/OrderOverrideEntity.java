package org.mrpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A technologist's override of the protocol chosen for an order; the latest one is in force. */
@Entity
@Table(name = "order_override")
public class OrderOverrideEntity {
    @Id
    public String id;

    @Column(name = "accession_number")
    public String accessionNumber;

    @Column(name = "protocol_id")
    public String protocolId;

    public String reason;

    @Column(name = "overridden_by")
    public String overriddenBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
