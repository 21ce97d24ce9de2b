-- CoopDesk store, schema 1: the store's identity, the device's operation counter, the outbox of
-- changes waiting to be pushed to the cooperative's server, and settings.

CREATE TABLE schema_migration (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL,
    app_version TEXT NOT NULL
) STRICT;

-- Facts about the store itself: store_id, tenant_id, created_at, created_by.
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- One row: this device's id and the next device_seq. The counter never goes back, even when the
-- acknowledged operations are removed from the outbox.
CREATE TABLE device (
    singleton       INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id       TEXT NOT NULL,
    next_device_seq INTEGER NOT NULL CHECK (next_device_seq >= 1)
) STRICT;

CREATE TABLE outbox (
    device_seq   INTEGER PRIMARY KEY CHECK (device_seq >= 1),
    op_id        TEXT NOT NULL UNIQUE,
    tenant       TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('insert', 'update', 'delete', 'command')),
    base_version INTEGER NOT NULL CHECK (base_version >= 0),
    fields       TEXT NOT NULL CHECK (json_valid(fields)),
    created_at   TEXT NOT NULL
) STRICT;

-- Settings of the store and of the cooperative, one row a key; a synced entity like any other.
CREATE TABLE setting (
    id         TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    updated_at TEXT NOT NULL
) STRICT;
