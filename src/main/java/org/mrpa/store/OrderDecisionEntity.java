package org.mrpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A protocolling decision recorded on an order (table order_decision). */
@Entity
@Table(name = "order_decision")
public class OrderDecisionEntity {

    @Id
    public String id;

    @Column(name = "accession_number")
    public String accessionNumber;

    @Column(name = "recommendation_id")
    public String recommendationId;

    public String kind;

    public String outcome;

    public String agent;

    @Column(name = "constraints_json")
    public String constraintsJson;

    public String reason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
