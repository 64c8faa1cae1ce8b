package org.mrpa.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One checked study: identity, scanner, the latest check and counts of the deviations that still count (not waived). */
@Entity
@Table(name = "study")
public class StudyEntity {
    @Id
    @Column(name = "study_instance_uid")
    public String studyInstanceUid;

    @Column(name = "accession_number")
    public String accessionNumber;

    @Column(name = "patient_hash")
    public String patientHash;

    @Column(name = "study_date")
    public LocalDate studyDate;

    @Column(name = "station_name")
    public String stationName;

    public String manufacturer;
    public String model;

    @Column(name = "software_version")
    public String softwareVersion;

    @Column(name = "field_strength_t")
    public Double fieldStrengthT;

    @Column(name = "protocol_id")
    public String protocolId;

    @Column(name = "recommendation_id")
    public String recommendationId;

    @Column(name = "order_link")
    public String orderLink;

    public String verdict;

    @Column(name = "effective_verdict")
    public String effectiveVerdict;

    public boolean compliant;

    @Column(name = "critical_count")
    public int criticalCount;

    @Column(name = "error_count")
    public int errorCount;

    @Column(name = "warning_count")
    public int warningCount;

    @Column(name = "info_count")
    public int infoCount;

    @Column(name = "waived_count")
    public int waivedCount;

    @Column(name = "series_count")
    public int seriesCount;

    @Column(name = "check_count")
    public int checkCount;

    @Column(name = "first_checked_at")
    public OffsetDateTime firstCheckedAt;

    @Column(name = "last_checked_at")
    public OffsetDateTime lastCheckedAt;

    @Version
    public long version;
}
