-- Reads billed per source and calendar month (UTC), for platforms that charge per read (X).
CREATE TABLE read_budget (
    source TEXT NOT NULL,
    month  TEXT NOT NULL,
    reads  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (source, month)
);
