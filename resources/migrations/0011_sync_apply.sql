-- Schema 11: what the client side of sync needs in the store (issue 8, ADR 009).
--
-- sync_apply: a one-row flag that only the sync replica (core/sync/replica.cpp) sets, inside the
-- transaction that writes the server's rows, and removes again before that transaction commits.
-- No committed state ever holds the row, so no other connection and no later transaction sees it.
-- The triggers that freeze a validated document, a recorded payment, a validated expense report
-- or supplier invoice and an allocated pool let such a transaction through: the server is
-- authoritative and its version of a row (validated, numbered, paid…) must land whatever the
-- local copy was. Every local write still meets the triggers exactly as before. The local-only
-- integrity triggers (the hash chain, posted ledger entries and lines, closed payroll runs,
-- receipts) do not look at the flag at all: sync never writes those tables.
CREATE TABLE sync_apply (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1)
) STRICT;

-- A snapshot being applied (ADR 009: resumable). One row per tenant while it runs:
--   head_cursor: the change-log head the server gave when the snapshot started, the pull cursor
--                once it is finished;
--   next_key:    the server's resume key ("entity/id") after the last page applied;
--   rows:        how many rows have been applied so far (progress only).
CREATE TABLE sync_snapshot (
    tenant       TEXT PRIMARY KEY,
    head_cursor  INTEGER NOT NULL CHECK (head_cursor >= 0),
    next_key     TEXT NOT NULL DEFAULT '',
    rows         INTEGER NOT NULL DEFAULT 0 CHECK (rows >= 0),
    started_at   TEXT NOT NULL
) STRICT;

-- The rows a running snapshot has sent, so that finishing it can remove the local rows it did
-- not send (a snapshot replaces the device's copy), even across a restart.
CREATE TABLE sync_snapshot_row (
    tenant  TEXT NOT NULL REFERENCES sync_snapshot (tenant) ON DELETE CASCADE,
    entity  TEXT NOT NULL,
    id      TEXT NOT NULL,
    PRIMARY KEY (tenant, entity, id)
) STRICT, WITHOUT ROWID;

-- The kind of the operation a conflict comes from, so that keeping the local value can queue the
-- same kind of change again (an update, a deletion, a command). NULL on rows of older schemas.
ALTER TABLE conflict ADD COLUMN op_kind TEXT
    CHECK (op_kind IS NULL OR op_kind IN ('insert', 'update', 'delete', 'command'));

-- ---- The freezing triggers of schemas 4, 6, 8 and 9, with the sync exception -----------------

DROP TRIGGER sales_document_frozen_update;
CREATE TRIGGER sales_document_frozen_update
BEFORE UPDATE ON sales_document
WHEN OLD.status <> 'draft' AND NOT EXISTS (SELECT 1 FROM sync_apply)
BEGIN
    SELECT RAISE(ABORT, 'validated document: it cannot be changed, only credited');
END;

DROP TRIGGER sales_document_frozen_delete;
CREATE TRIGGER sales_document_frozen_delete
BEFORE DELETE ON sales_document
WHEN OLD.status <> 'draft' AND NOT EXISTS (SELECT 1 FROM sync_apply)
BEGIN
    SELECT RAISE(ABORT, 'validated document: it cannot be deleted, only credited');
END;

DROP TRIGGER payment_frozen_update;
CREATE TRIGGER payment_frozen_update
BEFORE UPDATE ON payment
WHEN NOT EXISTS (SELECT 1 FROM sync_apply)
BEGIN
    SELECT RAISE(ABORT, 'payment: a recorded payment cannot be changed');
END;

DROP TRIGGER payment_frozen_delete;
CREATE TRIGGER payment_frozen_delete
BEFORE DELETE ON payment
WHEN NOT EXISTS (SELECT 1 FROM sync_apply)
BEGIN
    SELECT RAISE(ABORT, 'payment: a recorded payment cannot be deleted');
END;

DROP TRIGGER expense_report_frozen;
CREATE TRIGGER expense_report_frozen BEFORE UPDATE ON expense_report
WHEN OLD.status IN ('validated', 'paid')
 AND (NEW.lines IS NOT OLD.lines
      OR NEW.total_including_vat_cents IS NOT OLD.total_including_vat_cents
      OR NEW.total_vat_cents IS NOT OLD.total_vat_cents
      OR NEW.activity_id IS NOT OLD.activity_id
      OR NEW.entrepreneur_id IS NOT OLD.entrepreneur_id
      OR NEW.month IS NOT OLD.month
      OR NEW.status NOT IN ('validated', 'paid'))
 AND NOT EXISTS (SELECT 1 FROM sync_apply)
BEGIN
    SELECT RAISE(ABORT, 'a validated expense report is frozen');
END;

DROP TRIGGER expense_report_kept;
CREATE TRIGGER expense_report_kept BEFORE DELETE ON expense_report
WHEN OLD.status <> 'draft' AND NOT EXISTS (SELECT 1 FROM sync_apply)
BEGIN
    SELECT RAISE(ABORT, 'only a draft expense report can be deleted');
END;

DROP TRIGGER cost_pool_allocated_update;
CREATE TRIGGER cost_pool_allocated_update BEFORE UPDATE ON cost_pool
WHEN OLD.status = 'allocated' AND NOT EXISTS (SELECT 1 FROM sync_apply)
BEGIN
    SELECT RAISE(ABORT, 'an allocated pool is frozen');
END;

DROP TRIGGER cost_pool_allocated_delete;
CREATE TRIGGER cost_pool_allocated_delete BEFORE DELETE ON cost_pool
WHEN OLD.status = 'allocated' AND NOT EXISTS (SELECT 1 FROM sync_apply)
BEGIN
    SELECT RAISE(ABORT, 'an allocated pool is frozen');
END;

DROP TRIGGER supplier_invoice_frozen;
CREATE TRIGGER supplier_invoice_frozen BEFORE UPDATE ON supplier_invoice
WHEN OLD.status IN ('validated', 'paid')
 AND (NEW.activity_id IS NOT OLD.activity_id
      OR NEW.supplier_name IS NOT OLD.supplier_name
      OR NEW.supplier_siren IS NOT OLD.supplier_siren
      OR NEW.supplier_reference IS NOT OLD.supplier_reference
      OR NEW.date IS NOT OLD.date
      OR NEW.due_date IS NOT OLD.due_date
      OR NEW.lines IS NOT OLD.lines
      OR NEW.receipt_id IS NOT OLD.receipt_id
      OR NEW.total_excluding_vat_cents IS NOT OLD.total_excluding_vat_cents
      OR NEW.total_vat_cents IS NOT OLD.total_vat_cents
      OR NEW.resold_excluding_vat_cents IS NOT OLD.resold_excluding_vat_cents
      OR NEW.validated_at IS NOT OLD.validated_at
      OR NEW.validated_by IS NOT OLD.validated_by
      OR NEW.status = 'draft'
      OR (OLD.status = 'paid' AND (NEW.status IS NOT 'paid' OR NEW.paid_on IS NOT OLD.paid_on)))
 AND NOT EXISTS (SELECT 1 FROM sync_apply)
BEGIN
    SELECT RAISE(ABORT, 'a validated supplier invoice is frozen');
END;

DROP TRIGGER supplier_invoice_kept;
CREATE TRIGGER supplier_invoice_kept BEFORE DELETE ON supplier_invoice
WHEN OLD.status <> 'draft' AND NOT EXISTS (SELECT 1 FROM sync_apply)
BEGIN
    SELECT RAISE(ABORT, 'only a draft supplier invoice can be deleted');
END;
