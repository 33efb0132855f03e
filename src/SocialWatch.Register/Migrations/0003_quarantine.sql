-- Payloads a connector could not use, kept for inspection; and when a source is backing off.
CREATE TABLE quarantine (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    reason      TEXT NOT NULL,
    payload     TEXT NOT NULL,
    received_at TEXT NOT NULL
);

CREATE INDEX quarantine_source ON quarantine (source, id);

ALTER TABLE source_state ADD COLUMN backoff_until TEXT;
