-- Schema of the MR Protocol Advisor. Written in the SQL that both H2 (embedded default) and PostgreSQL
-- (production) accept, so the same migrations run on both. TEXT is CLOB in H2 and text in PostgreSQL.
-- Patient data is minimal: no names anywhere; patient_hash is an HMAC of the Patient ID, only if the site enables it.

CREATE TABLE recommendation (
    id               VARCHAR(36)              NOT NULL PRIMARY KEY,
    accession_number VARCHAR(16),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    catalog_version  VARCHAR(100)             NOT NULL,
    supported        BOOLEAN                  NOT NULL,
    protocol_id      VARCHAR(100),
    patient_hash     VARCHAR(64),
    request_json     TEXT                     NOT NULL,
    response_json    TEXT                     NOT NULL
);
CREATE INDEX recommendation_by_accession ON recommendation (accession_number, created_at);

-- A technologist's choice of another protocol for an order, with the reason; the latest one is in force.
CREATE TABLE order_override (
    id               VARCHAR(36)              NOT NULL PRIMARY KEY,
    accession_number VARCHAR(16)              NOT NULL,
    protocol_id      VARCHAR(100)             NOT NULL,
    reason           VARCHAR(2000)            NOT NULL,
    overridden_by    VARCHAR(100)             NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX order_override_by_accession ON order_override (accession_number, created_at);

-- One row per study: the latest check, and counts that honour waivers.
CREATE TABLE study (
    study_instance_uid VARCHAR(64)              NOT NULL PRIMARY KEY,
    accession_number   VARCHAR(16),
    patient_hash       VARCHAR(64),
    study_date         DATE                     NOT NULL,
    station_name       VARCHAR(200),
    manufacturer       VARCHAR(200),
    model              VARCHAR(200),
    software_version   VARCHAR(400),
    field_strength_t   DOUBLE PRECISION,
    protocol_id        VARCHAR(100)             NOT NULL,
    recommendation_id  VARCHAR(36),
    order_link         VARCHAR(32)              NOT NULL,
    verdict            VARCHAR(32)              NOT NULL,
    effective_verdict  VARCHAR(32)              NOT NULL,
    compliant          BOOLEAN                  NOT NULL,
    critical_count     INTEGER                  NOT NULL,
    error_count        INTEGER                  NOT NULL,
    warning_count      INTEGER                  NOT NULL,
    info_count         INTEGER                  NOT NULL,
    waived_count       INTEGER                  NOT NULL,
    series_count       INTEGER                  NOT NULL,
    check_count        INTEGER                  NOT NULL,
    first_checked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_checked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL
);
CREATE INDEX study_by_date ON study (study_date);
CREATE INDEX study_by_accession ON study (accession_number);

-- Every check ever run, with the full report as returned by the API.
CREATE TABLE conformance_check (
    id                 VARCHAR(36)              NOT NULL PRIMARY KEY,
    study_instance_uid VARCHAR(64)              NOT NULL REFERENCES study (study_instance_uid),
    checked_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    trigger_source     VARCHAR(32)              NOT NULL,
    protocol_id        VARCHAR(100)             NOT NULL,
    recommendation_id  VARCHAR(36),
    order_link         VARCHAR(32)              NOT NULL,
    verdict            VARCHAR(32)              NOT NULL,
    report_json        TEXT                     NOT NULL
);
CREATE INDEX conformance_check_by_study ON conformance_check (study_instance_uid, checked_at);

-- A deviation of a study, identified across re-checks by its key (code, series, sequence, keyword) so that a
-- QA review (acknowledged, waived) survives re-checking. present = false once a re-check no longer finds it.
CREATE TABLE deviation (
    id                  VARCHAR(36)              NOT NULL PRIMARY KEY,
    study_instance_uid  VARCHAR(64)              NOT NULL REFERENCES study (study_instance_uid),
    deviation_key       VARCHAR(600)             NOT NULL,
    code                VARCHAR(64)              NOT NULL,
    severity            VARCHAR(16)              NOT NULL,
    series_instance_uid VARCHAR(64),
    series_number       VARCHAR(32),
    sequence_id         VARCHAR(100),
    keyword             VARCHAR(100),
    expected_value      VARCHAR(1000),
    actual_value        VARCHAR(1000),
    message             VARCHAR(2000)            NOT NULL,
    present             BOOLEAN                  NOT NULL,
    status              VARCHAR(16)              NOT NULL,
    review_reason       VARCHAR(2000),
    reviewed_by         VARCHAR(100),
    reviewed_at         TIMESTAMP WITH TIME ZONE,
    first_seen_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT deviation_unique_key UNIQUE (study_instance_uid, deviation_key)
);

-- Audit trail of QA reviews.
CREATE TABLE deviation_review (
    id           VARCHAR(36)              NOT NULL PRIMARY KEY,
    deviation_id VARCHAR(36)              NOT NULL REFERENCES deviation (id),
    action       VARCHAR(16)              NOT NULL,
    reason       VARCHAR(2000),
    reviewer     VARCHAR(100)             NOT NULL,
    reviewed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX deviation_review_by_deviation ON deviation_review (deviation_id);
