-- The post a registered reply answered (one level), so reviewers see the thread.
CREATE TABLE post_context (
    post_id        INTEGER PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
    external_id    TEXT NOT NULL,
    author_handle  TEXT,
    text           TEXT,
    url            TEXT,
    raw_payload    TEXT,
    payload_sha256 TEXT NOT NULL,
    captured_at    TEXT NOT NULL
);
