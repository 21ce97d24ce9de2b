-- Schema 9: supplier invoices, the purchases of an activity (issue 6 §1).
--
-- The conventions of schemas 3 to 8 hold (money in `*_cents`, dates as ISO text, '' rather than
-- NULL for absent text, lists edited as one value in JSON columns).
--
-- supplier_invoice: a synced entity (written through a UnitOfWork); its lines are one JSON value
-- (description, charge account, amount HT, VAT rate). The totals are stored with it so that the
-- account and the contribution sum them in SQL: HT, VAT (per rate, half up, then added), and the
-- HT of the lines on 607/604 accounts, the purchases resold that a gross margin deducts.
-- `receipt_id` names the scanned invoice among the receipts (schema 6), by its SHA-256.
-- A supplier invoice moves draft → validated → paid. Once validated it is frozen whoever writes:
-- only its payment may follow (status 'paid' with its date), and only a draft can be deleted.

CREATE TABLE supplier_invoice (
    id                          TEXT PRIMARY KEY,
    version                     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    activity_id                 TEXT NOT NULL REFERENCES activity (id) ON DELETE RESTRICT,
    supplier_name               TEXT NOT NULL DEFAULT '',
    supplier_siren              TEXT NOT NULL DEFAULT '',
    supplier_reference          TEXT NOT NULL DEFAULT '',
    date                        TEXT NOT NULL
                                    CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    due_date                    TEXT NOT NULL DEFAULT '',
    status                      TEXT NOT NULL DEFAULT 'draft'
                                    CHECK (status IN ('draft', 'validated', 'paid')),
    lines                       TEXT NOT NULL DEFAULT '[]'
                                    CHECK (json_valid(lines) AND json_type(lines) = 'array'),
    receipt_id                  TEXT NOT NULL DEFAULT '',
    total_excluding_vat_cents   INTEGER NOT NULL DEFAULT 0,
    total_vat_cents             INTEGER NOT NULL DEFAULT 0,
    resold_excluding_vat_cents  INTEGER NOT NULL DEFAULT 0,
    validated_at                TEXT NOT NULL DEFAULT '',
    validated_by                TEXT NOT NULL DEFAULT '',
    paid_on                     TEXT NOT NULL DEFAULT '',
    CHECK (status = 'draft' OR (supplier_reference <> '' AND validated_by <> '')),
    CHECK ((status = 'paid') = (paid_on <> ''))
) STRICT;

CREATE INDEX supplier_invoice_activity ON supplier_invoice (activity_id, date);
CREATE INDEX supplier_invoice_status ON supplier_invoice (status, date);

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
BEGIN
    SELECT RAISE(ABORT, 'a validated supplier invoice is frozen');
END;

CREATE TRIGGER supplier_invoice_kept BEFORE DELETE ON supplier_invoice
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'only a draft supplier invoice can be deleted');
END;
