-- Instances received by DICOM C-STORE or STOW-RS: only their headers (as JSON), never pixel data. A row is committed
-- before the sender is told the instance was stored, so an acknowledged instance survives a crash or restart.
CREATE TABLE received_instance (
    sop_instance_uid   VARCHAR(64)              NOT NULL PRIMARY KEY,
    study_instance_uid VARCHAR(64)              NOT NULL,
    series_instance_uid VARCHAR(64),
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    source             VARCHAR(16)              NOT NULL,
    calling_ae_title   VARCHAR(16),
    header_json        TEXT                     NOT NULL
);
CREATE INDEX received_instance_by_study ON received_instance (study_instance_uid);

-- Studies being received: when the last instance came and when the study was last checked. A study is checked once
-- no instance has come for the quiet period, and again if more come later.
CREATE TABLE incoming_study (
    study_instance_uid VARCHAR(64)              NOT NULL PRIMARY KEY,
    last_received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_checked_at    TIMESTAMP WITH TIME ZONE,
    instance_count     INTEGER                  NOT NULL,
    version            BIGINT                   NOT NULL
);
