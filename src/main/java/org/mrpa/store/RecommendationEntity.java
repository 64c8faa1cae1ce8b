package org.mrpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A stored recommendation: the request (patient ID removed) and the response as JSON, plus the columns queries need. */
@Entity
@Table(name = "recommendation")
public class RecommendationEntity {
    @Id
    public String id;

    @Column(name = "accession_number")
    public String accessionNumber;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "catalog_version")
    public String catalogVersion;

    public boolean supported;

    @Column(name = "protocol_id")
    public String protocolId;

    @Column(name = "patient_hash")
    public String patientHash;

    @Column(name = "request_json")
    public String requestJson;

    @Column(name = "response_json")
    public String responseJson;
}
