-- Alerts are written here in the intake transaction and sent afterwards: never lost, never sent twice.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    post_id    INTEGER REFERENCES posts (id) ON DELETE SET NULL,
    payload    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at    TEXT,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);

CREATE INDEX outbox_unsent ON outbox (sent_at, id);
CREATE INDEX posts_captured ON posts (captured_at);
CREATE INDEX verdicts_label ON verdicts (label);
