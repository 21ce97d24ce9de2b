-- Schema 2: what the sync engine keeps between runs: the pull cursor of each tenant the device
-- follows, and the conflict inbox where a value that lost a same-field race waits for the user
-- (DESIGN.md §7: never dropped silently).

CREATE TABLE sync_cursor (
    tenant     TEXT PRIMARY KEY,
    cursor     INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),
    pulled_at  TEXT
) STRICT;

CREATE TABLE conflict (
    id           INTEGER PRIMARY KEY,
    op_id        TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    field        TEXT NOT NULL,
    local_value  TEXT,
    server_value TEXT,
    reason       TEXT NOT NULL,
    detected_at  TEXT NOT NULL,
    resolved_at  TEXT,
    resolution   TEXT CHECK (resolution IS NULL OR resolution IN ('kept_server', 'kept_local', 'merged'))
) STRICT;

CREATE INDEX conflict_open ON conflict (resolved_at) WHERE resolved_at IS NULL;
