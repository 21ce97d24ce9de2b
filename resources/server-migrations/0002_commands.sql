-- coopdesk-server, schema 2: what the server's commands keep (validate_invoice,
-- issue_credit_note, close_period; docs/adr/009-sync-protocol.md).

-- The date up to which a tenant's period is closed: no document is issued on or before it.
-- Written by close_period (admins and accountants), read under a share lock by every issue.
CREATE TABLE closed_period (
    tenant_id    text PRIMARY KEY REFERENCES tenant (id),
    closed_until date NOT NULL,
    closed_by    uuid,
    closed_at    timestamptz NOT NULL DEFAULT now()
);

-- The tenant's hash chain over the documents the server issued (core/hashchain.h): each link
-- covers the document's canonical content and the previous link. Appended in the issuing
-- transaction while it holds the tenant's clock row, so links follow commit order.
CREATE TABLE document_chain (
    tenant_id     text NOT NULL REFERENCES tenant (id),
    sequence      bigint NOT NULL CHECK (sequence >= 1),
    entity        text NOT NULL,
    entity_id     text NOT NULL,
    label         text NOT NULL,
    content_hash  bytea NOT NULL,
    previous_hash bytea NOT NULL,
    hash          bytea NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, sequence),
    UNIQUE (tenant_id, entity, entity_id)
);

ALTER TABLE closed_period ENABLE ROW LEVEL SECURITY;
ALTER TABLE closed_period FORCE ROW LEVEL SECURITY;
CREATE POLICY member_closed_period ON closed_period TO coopdesk_service
    USING (coop_is_member(tenant_id)) WITH CHECK (coop_is_member(tenant_id));

ALTER TABLE document_chain ENABLE ROW LEVEL SECURITY;
ALTER TABLE document_chain FORCE ROW LEVEL SECURITY;
CREATE POLICY member_document_chain ON document_chain TO coopdesk_service
    USING (coop_is_member(tenant_id)) WITH CHECK (coop_is_member(tenant_id));

CREATE POLICY maintenance ON closed_period TO coopdesk_maintenance USING (true) WITH CHECK (true);
CREATE POLICY maintenance ON document_chain TO coopdesk_maintenance USING (true) WITH CHECK (true);

GRANT SELECT, INSERT, UPDATE ON closed_period TO coopdesk_service;
GRANT SELECT, INSERT ON document_chain TO coopdesk_service;
GRANT SELECT, INSERT, UPDATE, DELETE ON closed_period, document_chain TO coopdesk_maintenance;
