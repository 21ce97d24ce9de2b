-- Row-level security without a function call a row. The policies of 0001 and 0002 called
-- coop_may_see() or coop_is_member() for every row read or written: a SQL function holding a
-- sub-select is never inlined, so PostgreSQL ran a small query per row (about two thirds of the
-- time of a pull's page of 5 000 changes). The same rules, written as uncorrelated sub-selects,
-- are evaluated once per statement and looked up in a hash: the user's tenants, the tenants where
-- the user is an admin, and the (tenant, activity) pairs of the user's memberships. The functions
-- below are only ever read in a FROM clause, where PostgreSQL inlines them into the statement
-- (a set-returning call in a select list would run through the function executor every time).

-- The tenants of the request's user.
CREATE FUNCTION coop_member_tenants() RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT m.tenant_id FROM membership m WHERE m.user_id = coop_request_user()
$$;

-- The tenants where the request's user is an admin (who sees every row of the tenant).
CREATE FUNCTION coop_admin_tenants() RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT m.tenant_id FROM membership m WHERE m.user_id = coop_request_user() AND m.role = 'admin'
$$;

-- The activities of the request's user, with their tenant.
CREATE FUNCTION coop_member_scopes() RETURNS TABLE (tenant_id text, scope text)
LANGUAGE sql STABLE AS $$
    SELECT m.tenant_id, a.activity
    FROM membership m CROSS JOIN LATERAL unnest(m.activities) AS a (activity)
    WHERE m.user_id = coop_request_user()
$$;

GRANT EXECUTE ON FUNCTION coop_member_tenants(), coop_admin_tenants(), coop_member_scopes()
    TO coopdesk_service, coopdesk_maintenance;

DO $$
DECLARE
    -- coop_may_see(tenant_id, scope): the whole tenant for its admins, the cooperative-wide rows
    -- (no scope) for its members, and the rows of their activities.
    may_see constant text :=
        'tenant_id IN (SELECT a.tenant_id FROM coop_admin_tenants() AS a (tenant_id)) '
        'OR (scope IS NULL AND tenant_id IN (SELECT t.tenant_id FROM coop_member_tenants() AS t (tenant_id))) '
        'OR (tenant_id, scope) IN (SELECT s.tenant_id, s.scope FROM coop_member_scopes() AS s)';
    -- coop_is_member(tenant_id): any membership in the tenant.
    is_member constant text := 'tenant_id IN (SELECT t.tenant_id FROM coop_member_tenants() AS t (tenant_id))';
    p text[];
BEGIN
    FOREACH p SLICE 1 IN ARRAY ARRAY[['visible_rows', 'entity_row'], ['visible_changes', 'change_log'],
                                     ['visible_blobs', 'blob']] LOOP
        EXECUTE format('ALTER POLICY %I ON %I USING (%s) WITH CHECK (%s)', p[1], p[2], may_see, may_see);
    END LOOP;
    FOREACH p SLICE 1 IN ARRAY ARRAY[['member_clock', 'tenant_clock'], ['member_ops', 'applied_op'],
                                     ['member_progress', 'device_progress'], ['member_counters', 'number_counter'],
                                     ['member_closed_period', 'closed_period'],
                                     ['member_document_chain', 'document_chain']] LOOP
        EXECUTE format('ALTER POLICY %I ON %I USING (%s) WITH CHECK (%s)', p[1], p[2], is_member, is_member);
    END LOOP;
    EXECUTE 'ALTER POLICY member_tenants ON tenant USING (id IN (SELECT t.tenant_id FROM coop_member_tenants() AS t (tenant_id)))';
END
$$;

-- No statement reads entity_row by scope (pulls read the change log, snapshots and pushes the
-- primary key), but the planner, when the statistics had not yet seen a young tenant, chose
-- this index for a push's lookups by (tenant, entity, id) and filtered every row of the tenant
-- for each of them (a push of 100 operations went from 10 ms to 40 ms once autovacuum had
-- analysed the table). It also cost every insert an index entry.
DROP INDEX entity_row_scope;
