-- Organisations, officials and the posts directed at them, with their verdicts.
CREATE TABLE organisations (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,
    layer TEXT NOT NULL CHECK (layer IN ('gemeente', 'provincie', 'waterschap'))
);

CREATE TABLE officials (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    aliases         TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE official_handles (
    official_id INTEGER NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
    platform    TEXT NOT NULL,
    handle      TEXT NOT NULL,
    PRIMARY KEY (platform, handle)
);

CREATE TABLE posts (
    id                 INTEGER PRIMARY KEY,
    source             TEXT NOT NULL,
    platform           TEXT NOT NULL,
    external_id        TEXT NOT NULL,
    url                TEXT,
    author_handle      TEXT,
    author_id          TEXT,
    text               TEXT,
    created_at         TEXT NOT NULL,
    captured_at        TEXT NOT NULL,
    in_reply_to        TEXT,
    in_reply_to_author TEXT,
    raw_payload        TEXT,
    payload_sha256     TEXT NOT NULL,
    purged_at          TEXT,
    UNIQUE (platform, external_id)
);

CREATE TABLE post_targets (
    post_id     INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    official_id INTEGER NOT NULL REFERENCES officials (id),
    how         TEXT NOT NULL CHECK (how IN ('handle', 'reply', 'name')),
    PRIMARY KEY (post_id, official_id)
);

CREATE TABLE verdicts (
    id            INTEGER PRIMARY KEY,
    post_id       INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    label         TEXT NOT NULL CHECK (label IN ('none', 'grey', 'abusive', 'threat')),
    score_none    REAL NOT NULL,
    score_grey    REAL NOT NULL,
    score_abusive REAL NOT NULL,
    score_threat  REAL NOT NULL,
    model_version TEXT NOT NULL,
    classified_at TEXT NOT NULL,
    evidence      TEXT NOT NULL DEFAULT '[]'
);

CREATE INDEX verdicts_post ON verdicts (post_id);

-- Officials' own posts, by id only, so replies to them can be matched.
CREATE TABLE official_posts (
    platform    TEXT NOT NULL,
    external_id TEXT NOT NULL,
    official_id INTEGER NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
    PRIMARY KEY (platform, external_id)
);

CREATE TABLE source_state (
    source          TEXT PRIMARY KEY,
    cursor          TEXT,
    last_run_at     TEXT,
    last_success_at TEXT,
    last_error      TEXT,
    last_error_at   TEXT,
    items_fetched   INTEGER NOT NULL DEFAULT 0,
    untargeted      INTEGER NOT NULL DEFAULT 0
);
