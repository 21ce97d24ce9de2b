-- coopdesk-server, schema 1: accounts, devices and tokens; the tenants' rows, their change log and
-- the operations applied (docs/adr/009-sync-protocol.md).
--
-- Requests run as coopdesk_service (no BYPASSRLS, not the owner of anything): every tenant table has
-- row-level security FORCEd and a policy that asks the membership table, keyed by the user the
-- access token names (coopdesk.user, set per transaction by the server). So even a service query
-- that forgot its tenant filter returns nothing of a tenant the user is not a member of, nor of an
-- activity outside their scope. The admin command line works as coopdesk_maintenance, whose
-- policies let it see everything: it is the cooperative's own administration, not a request.

CREATE TABLE tenant (
    id          text PRIMARY KEY,
    name        text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
    id            uuid PRIMARY KEY,
    login         text NOT NULL UNIQUE CHECK (login <> ''),
    display_name  text NOT NULL DEFAULT '',
    password_hash text NOT NULL,
    disabled      boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- A user's role in one tenant. activities: the entrepreneur's activity, the accountant's
-- portfolio; empty for an admin, who sees the whole tenant.
CREATE TABLE membership (
    user_id    uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    tenant_id  text NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    role       text NOT NULL CHECK (role IN ('entrepreneur', 'accountant', 'admin')),
    activities text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (user_id, tenant_id)
);

CREATE TABLE device (
    id          text PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name        text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    last_seen   timestamptz,
    revoked_at  timestamptz,
    revoked_why text
);

-- Refresh tokens are stored as their SHA-256; a token is spent when it is exchanged, and showing
-- a spent one again revokes the device (a copy was stolen, or the device is confused).
CREATE TABLE refresh_token (
    token_hash  bytea PRIMARY KEY,
    device_id   text NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    issued_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    spent_at    timestamptz,
    -- the token issued in exchange: while it has not been used, showing this one again is a
    -- retry whose answer was lost, not a theft
    replaced_by bytea
);
CREATE INDEX refresh_token_device ON refresh_token (device_id);

-- The key that signs access tokens, shared by every server process on this database.
CREATE TABLE server_key (
    id   integer PRIMARY KEY CHECK (id = 1),
    key  bytea NOT NULL
);

-- The current state of every synced row: fields is the whole row, field_versions the version at
-- which each field last changed, device_versions the version each device's last change made
-- (together: which fields changed behind a device's back, for the per-field merge of drafts),
-- scope the activity it belongs to (NULL: the cooperative's).
CREATE TABLE entity_row (
    tenant_id      text NOT NULL REFERENCES tenant (id),
    entity         text NOT NULL,
    id             text NOT NULL,
    scope          text,
    version        bigint NOT NULL CHECK (version >= 1),
    deleted        boolean NOT NULL DEFAULT false,
    fields         jsonb NOT NULL,
    field_versions jsonb NOT NULL,
    device_versions jsonb NOT NULL DEFAULT '{}',
    changed_seq    bigint NOT NULL,
    PRIMARY KEY (tenant_id, entity, id)
);
CREATE INDEX entity_row_scope ON entity_row (tenant_id, scope);

-- One row per tenant, locked by every transaction that writes the tenant's change log: the
-- sequence numbers are handed out in commit order, so a pull never skips a row that commits late.
CREATE TABLE tenant_clock (
    tenant_id text PRIMARY KEY REFERENCES tenant (id),
    next_seq  bigint NOT NULL DEFAULT 1 CHECK (next_seq >= 1),
    -- changes up to this seq may have been pruned; an older cursor needs a snapshot
    pruned_to bigint NOT NULL DEFAULT 0
);

CREATE TABLE change_log (
    tenant_id text NOT NULL REFERENCES tenant (id),
    seq       bigint NOT NULL,
    entity    text NOT NULL,
    id        text NOT NULL,
    scope     text,
    version   bigint NOT NULL,
    deleted   boolean NOT NULL,
    fields    jsonb NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);

-- Only for the test that shows why the change log is numbered under the tenant's row lock: a
-- global serial numbers at insert time, not in commit order, and a pull then skips a late commit.
CREATE SEQUENCE change_log_global_seq;

-- What each operation did, so that a replayed op_id returns the same answer and changes nothing.
CREATE TABLE applied_op (
    op_id      uuid PRIMARY KEY,
    tenant_id  text NOT NULL REFERENCES tenant (id),
    device_id  text NOT NULL,
    device_seq bigint NOT NULL,
    result     jsonb NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (device_id, device_seq)
);

-- The last device_seq applied per device and tenant: operations are applied in device order.
CREATE TABLE device_progress (
    tenant_id  text NOT NULL REFERENCES tenant (id),
    device_id  text NOT NULL,
    last_seq   bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, device_id)
);

-- Invoice numbers: one row per series, locked while a number is taken (never a SEQUENCE: a
-- rolled-back transaction would leave a gap).
CREATE TABLE number_counter (
    tenant_id  text NOT NULL REFERENCES tenant (id),
    series     text NOT NULL,
    last_value bigint NOT NULL DEFAULT 0,
    last_date  date,
    PRIMARY KEY (tenant_id, series)
);

-- Receipts and other attachments, by the SHA-256 of their bytes (ADR 007).
CREATE TABLE blob (
    tenant_id text NOT NULL REFERENCES tenant (id),
    sha256    text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    scope     text,
    data      bytea NOT NULL,
    PRIMARY KEY (tenant_id, sha256)
);

-- The user of the current request, as the verified access token names it.
CREATE FUNCTION coop_request_user() RETURNS uuid
LANGUAGE sql STABLE AS $$
    SELECT nullif(current_setting('coopdesk.user', true), '')::uuid
$$;

-- May the request's user see a row of this tenant and scope? Admins see the whole tenant; other
-- roles the cooperative-wide rows and the activities of their membership.
CREATE FUNCTION coop_may_see(row_tenant text, row_scope text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM membership m
        WHERE m.user_id = coop_request_user()
          AND m.tenant_id = row_tenant
          AND (m.role = 'admin' OR row_scope IS NULL OR row_scope = ANY (m.activities)))
$$;

CREATE FUNCTION coop_is_member(row_tenant text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM membership m
                   WHERE m.user_id = coop_request_user() AND m.tenant_id = row_tenant)
$$;

ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership FORCE ROW LEVEL SECURITY;
CREATE POLICY own_memberships ON membership TO coopdesk_service
    USING (user_id = coop_request_user());

ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant FORCE ROW LEVEL SECURITY;
CREATE POLICY member_tenants ON tenant TO coopdesk_service USING (coop_is_member(id));

ALTER TABLE entity_row ENABLE ROW LEVEL SECURITY;
ALTER TABLE entity_row FORCE ROW LEVEL SECURITY;
CREATE POLICY visible_rows ON entity_row TO coopdesk_service
    USING (coop_may_see(tenant_id, scope)) WITH CHECK (coop_may_see(tenant_id, scope));

ALTER TABLE change_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE change_log FORCE ROW LEVEL SECURITY;
CREATE POLICY visible_changes ON change_log TO coopdesk_service
    USING (coop_may_see(tenant_id, scope)) WITH CHECK (coop_may_see(tenant_id, scope));

ALTER TABLE tenant_clock ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_clock FORCE ROW LEVEL SECURITY;
CREATE POLICY member_clock ON tenant_clock TO coopdesk_service
    USING (coop_is_member(tenant_id)) WITH CHECK (coop_is_member(tenant_id));

ALTER TABLE applied_op ENABLE ROW LEVEL SECURITY;
ALTER TABLE applied_op FORCE ROW LEVEL SECURITY;
CREATE POLICY member_ops ON applied_op TO coopdesk_service
    USING (coop_is_member(tenant_id)) WITH CHECK (coop_is_member(tenant_id));

ALTER TABLE device_progress ENABLE ROW LEVEL SECURITY;
ALTER TABLE device_progress FORCE ROW LEVEL SECURITY;
CREATE POLICY member_progress ON device_progress TO coopdesk_service
    USING (coop_is_member(tenant_id)) WITH CHECK (coop_is_member(tenant_id));

ALTER TABLE number_counter ENABLE ROW LEVEL SECURITY;
ALTER TABLE number_counter FORCE ROW LEVEL SECURITY;
CREATE POLICY member_counters ON number_counter TO coopdesk_service
    USING (coop_is_member(tenant_id)) WITH CHECK (coop_is_member(tenant_id));

ALTER TABLE blob ENABLE ROW LEVEL SECURITY;
ALTER TABLE blob FORCE ROW LEVEL SECURITY;
CREATE POLICY visible_blobs ON blob TO coopdesk_service
    USING (coop_may_see(tenant_id, scope)) WITH CHECK (coop_may_see(tenant_id, scope));

-- The admin command line's role sees every row of every tenant table.
CREATE POLICY maintenance ON membership TO coopdesk_maintenance USING (true) WITH CHECK (true);
CREATE POLICY maintenance ON tenant TO coopdesk_maintenance USING (true) WITH CHECK (true);
CREATE POLICY maintenance ON entity_row TO coopdesk_maintenance USING (true) WITH CHECK (true);
CREATE POLICY maintenance ON change_log TO coopdesk_maintenance USING (true) WITH CHECK (true);
CREATE POLICY maintenance ON tenant_clock TO coopdesk_maintenance USING (true) WITH CHECK (true);
CREATE POLICY maintenance ON applied_op TO coopdesk_maintenance USING (true) WITH CHECK (true);
CREATE POLICY maintenance ON device_progress TO coopdesk_maintenance USING (true) WITH CHECK (true);
CREATE POLICY maintenance ON number_counter TO coopdesk_maintenance USING (true) WITH CHECK (true);
CREATE POLICY maintenance ON blob TO coopdesk_maintenance USING (true) WITH CHECK (true);

GRANT USAGE ON SCHEMA public TO coopdesk_service, coopdesk_maintenance;
GRANT SELECT, INSERT, UPDATE ON tenant_clock, entity_row, device_progress, number_counter,
    device, refresh_token, app_user TO coopdesk_service;
GRANT SELECT, INSERT ON change_log, applied_op, blob TO coopdesk_service;
GRANT SELECT ON tenant, membership, server_key TO coopdesk_service;
GRANT USAGE ON SEQUENCE change_log_global_seq TO coopdesk_service;
GRANT INSERT ON server_key TO coopdesk_service;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO coopdesk_maintenance;
GRANT EXECUTE ON FUNCTION coop_request_user(), coop_may_see(text, text), coop_is_member(text)
    TO coopdesk_service, coopdesk_maintenance;
