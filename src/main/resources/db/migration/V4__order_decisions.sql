-- Protocolling decisions on orders: where the advice left a decision to a person (gadolinium RADIOLOGIST_DECISION,
-- implant RADIOLOGIST_REVIEW), who decided what, when and why. Every decision is kept; the latest of a kind counts.
CREATE TABLE order_decision (
    id                VARCHAR(36)              NOT NULL PRIMARY KEY,
    accession_number  VARCHAR(16)              NOT NULL,
    recommendation_id VARCHAR(36)              NOT NULL,
    kind              VARCHAR(16)              NOT NULL,
    outcome           VARCHAR(16)              NOT NULL,
    agent             VARCHAR(100),
    constraints_json  TEXT,
    reason            VARCHAR(2000)            NOT NULL,
    decided_by        VARCHAR(100)             NOT NULL,
    decided_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX order_decision_by_accession ON order_decision (accession_number);
