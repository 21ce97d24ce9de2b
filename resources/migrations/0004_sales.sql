-- Schema 4: sales (issue 4): customers, the catalogue, quotes, invoices and credit notes, payments,
-- legal numbering and the hash chain over issued records.
--
-- The conventions of schema 3 hold (money in `*_cents`, rates in `*_units` of 1e-8, unit prices
-- in `*_units` of 1e-5, dates as ISO text or NULL, keys checked by CHECK, '' rather than NULL for
-- absent text, foreign keys ON DELETE RESTRICT, lists edited as one value in JSON columns).
--
-- Two kinds of tables here:
--   * synced entities, written only through a UnitOfWork (`id TEXT PRIMARY KEY`, `version`):
--     customer, catalog_item, quote, sales_document, payment;
--   * local bookkeeping that this store derives or owns and that sync never carries:
--     document_settlement and open_invoice (kept by triggers, for the list's payment filters),
--     number_counter and number_series (the numbering of a store that numbers locally,
--     DESIGN.md §6) and ledger (the hash chain).
--
-- Issued documents are frozen by the triggers at the end of this file, whoever writes: once a
-- document is validated no UPDATE or DELETE of its row passes, and payments and ledger links are
-- never updated nor deleted at all. The only UPDATE allowed on a validated-to-be row is the one
-- that validates it (OLD.status = 'draft').

-- Customers of an activity. The delivery address is a second set of columns, all '' when it is the
-- billing address.
CREATE TABLE customer (
    id                   TEXT PRIMARY KEY,
    version              INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    activity_id          TEXT NOT NULL REFERENCES activity (id) ON DELETE RESTRICT,
    kind                 TEXT NOT NULL CHECK (kind IN ('company', 'individual')),
    name                 TEXT NOT NULL DEFAULT '',
    first_name           TEXT NOT NULL DEFAULT '',
    last_name            TEXT NOT NULL DEFAULT '',
    siren                TEXT NOT NULL DEFAULT '',
    siret                TEXT NOT NULL DEFAULT '',
    vat_number           TEXT NOT NULL DEFAULT '',
    billing_line1        TEXT NOT NULL DEFAULT '',
    billing_line2        TEXT NOT NULL DEFAULT '',
    billing_postcode     TEXT NOT NULL DEFAULT '',
    billing_city         TEXT NOT NULL DEFAULT '',
    billing_country      TEXT NOT NULL DEFAULT 'FR',
    delivery_line1       TEXT NOT NULL DEFAULT '',
    delivery_line2       TEXT NOT NULL DEFAULT '',
    delivery_postcode    TEXT NOT NULL DEFAULT '',
    delivery_city        TEXT NOT NULL DEFAULT '',
    delivery_country     TEXT NOT NULL DEFAULT 'FR',
    payment_term_days    INTEGER NOT NULL DEFAULT 30 CHECK (payment_term_days BETWEEN 0 AND 60),
    accounting_account   TEXT NOT NULL DEFAULT '',
    email                TEXT NOT NULL DEFAULT '',
    contact_name         TEXT NOT NULL DEFAULT '',
    archived             INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
) STRICT;

-- An activity's customers, listed by name.
CREATE INDEX customer_activity ON customer (activity_id, name);

-- The catalogue of an activity: copied into a line when chosen, never referenced by price.
CREATE TABLE catalog_item (
    id                 TEXT PRIMARY KEY,
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    activity_id        TEXT NOT NULL REFERENCES activity (id) ON DELETE RESTRICT,
    designation        TEXT NOT NULL,
    unit               TEXT NOT NULL DEFAULT 'C62',
    unit_price_units   INTEGER NOT NULL DEFAULT 0 CHECK (unit_price_units >= 0),
    vat_rate_units     INTEGER NOT NULL CHECK (vat_rate_units BETWEEN 0 AND 100000000),
    exemption_mention  TEXT NOT NULL DEFAULT '',
    revenue_account    TEXT NOT NULL DEFAULT '706000',
    archived           INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
) STRICT;

CREATE INDEX catalog_item_activity ON catalog_item (activity_id, designation);

-- Quotes (devis). `lines` is the JSON array of core linesToJson(); the totals are cached from the
-- core computation at every save, for the lists. Quote numbers are not legal numbers: they come
-- from the counter row ('quote', year) of number_counter at first save.
CREATE TABLE quote (
    id                          TEXT PRIMARY KEY,
    version                     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    activity_id                 TEXT NOT NULL REFERENCES activity (id) ON DELETE RESTRICT,
    customer_id                 TEXT NOT NULL REFERENCES customer (id) ON DELETE RESTRICT,
    number                      TEXT NOT NULL DEFAULT '',
    date                        TEXT CHECK (date IS NULL
                                            OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    valid_until                 TEXT CHECK (valid_until IS NULL
                                            OR valid_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    title                       TEXT NOT NULL DEFAULT '',
    price_entry                 TEXT NOT NULL CHECK (price_entry IN ('excluding_vat', 'including_vat')),
    document_discount_units     INTEGER CHECK (document_discount_units IS NULL
                                               OR document_discount_units BETWEEN 0 AND 100000000),
    lines                       TEXT NOT NULL DEFAULT '[]'
                                    CHECK (json_valid(lines) AND json_type(lines) = 'array'),
    deposit_percent_units       INTEGER CHECK (deposit_percent_units IS NULL
                                               OR deposit_percent_units BETWEEN 0 AND 100000000),
    status                      TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'signed', 'refused')),
    signed_date                 TEXT CHECK (signed_date IS NULL
                                            OR signed_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    notes                       TEXT NOT NULL DEFAULT '',
    total_excluding_vat_cents   INTEGER NOT NULL DEFAULT 0,
    total_vat_cents             INTEGER NOT NULL DEFAULT 0,
    total_including_vat_cents   INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX quote_activity ON quote (activity_id, date);
CREATE INDEX quote_customer ON quote (customer_id);

-- Invoices and credit notes (factures, avoirs), drafts and validated alike.
--   lines:      JSON array of core linesToJson();
--   deductions: JSON array of core deductionsToJson() (balance invoices; '[]' otherwise);
--   parties:    JSON object of DocumentParties::toJson(), frozen at validation; NULL on a draft.
-- Cached columns, for the list to filter and sort in SQL on a million rows without reading JSON:
--   total_*_cents: the core computation, written at every draft save and again at validation;
--   customer_name: the customer's display name, written at save; kept current on drafts by the
--     customer_name trigger below; frozen with the document once validated.
-- The issued number is kept with where it came from (number_series, counter_key, sequence_value),
-- so that `verify` checks each counter for gaps, duplicates and date inversions
-- (core findSeriesAnomalies) from the documents themselves, not from the counters.
CREATE TABLE sales_document (
    id                          TEXT PRIMARY KEY,
    version                     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    kind                        TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    role                        TEXT NOT NULL DEFAULT 'standard'
                                    CHECK (role IN ('standard', 'deposit', 'intermediate', 'balance')),
    status                      TEXT NOT NULL CHECK (status IN ('draft', 'validated')),
    activity_id                 TEXT NOT NULL REFERENCES activity (id) ON DELETE RESTRICT,
    customer_id                 TEXT NOT NULL REFERENCES customer (id) ON DELETE RESTRICT,
    customer_name               TEXT NOT NULL DEFAULT '',
    number                      TEXT NOT NULL DEFAULT '',
    number_series               TEXT NOT NULL DEFAULT '',
    counter_key                 TEXT NOT NULL DEFAULT '',
    sequence_value              INTEGER,
    date                        TEXT CHECK (date IS NULL
                                            OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    service_date                TEXT CHECK (service_date IS NULL
                                            OR service_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    service_end_date            TEXT CHECK (service_end_date IS NULL
                                            OR service_end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    due_date                    TEXT CHECK (due_date IS NULL
                                            OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    title                       TEXT NOT NULL DEFAULT '',
    price_entry                 TEXT NOT NULL CHECK (price_entry IN ('excluding_vat', 'including_vat')),
    document_discount_units     INTEGER CHECK (document_discount_units IS NULL
                                               OR document_discount_units BETWEEN 0 AND 100000000),
    lines                       TEXT NOT NULL DEFAULT '[]'
                                    CHECK (json_valid(lines) AND json_type(lines) = 'array'),
    deductions                  TEXT NOT NULL DEFAULT '[]'
                                    CHECK (json_valid(deductions) AND json_type(deductions) = 'array'),
    nature                      TEXT NOT NULL DEFAULT 'services'
                                    CHECK (nature IN ('services', 'goods', 'both')),
    vat_on_debits               INTEGER NOT NULL DEFAULT 0 CHECK (vat_on_debits IN (0, 1)),
    purchase_order              TEXT NOT NULL DEFAULT '',
    late_penalty_rate_units     INTEGER NOT NULL DEFAULT 0,
    payment_terms               TEXT NOT NULL DEFAULT '',
    early_payment_discount      TEXT NOT NULL DEFAULT '',
    notes                       TEXT NOT NULL DEFAULT '',
    quote_id                    TEXT REFERENCES quote (id) ON DELETE RESTRICT,
    credited_invoice_id         TEXT REFERENCES sales_document (id) ON DELETE RESTRICT,
    credited_invoice_number     TEXT NOT NULL DEFAULT '',
    credited_invoice_date       TEXT CHECK (credited_invoice_date IS NULL
                                            OR credited_invoice_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    parties                     TEXT CHECK (parties IS NULL
                                            OR (json_valid(parties) AND json_type(parties) = 'object')),
    total_excluding_vat_cents   INTEGER NOT NULL DEFAULT 0,
    total_vat_cents             INTEGER NOT NULL DEFAULT 0,
    total_including_vat_cents   INTEGER NOT NULL DEFAULT 0,
    validated_at                TEXT,
    -- A validated document carries its number and where it was drawn from.
    CHECK (status = 'draft'
           OR (number <> '' AND number_series <> '' AND sequence_value >= 1 AND date IS NOT NULL
               AND parties IS NOT NULL))
) STRICT;

-- The invoice list (SalesRepository::listDocuments): its default order, each sortable column,
-- the customer's and the quote's documents, the unpaid and overdue filters (status, due_date).
-- The list breaks ties by id in the direction of the sort (ORDER BY date DESC, id DESC), so a
-- plain (date, id) index read backwards gives the newest first without sorting a million rows,
-- and read forwards the oldest first; the same holds for the other (column, id) indexes.
CREATE INDEX sales_document_date ON sales_document (date, id);
CREATE INDEX sales_document_number ON sales_document (number_series, counter_key, sequence_value, id);
CREATE INDEX sales_document_customer ON sales_document (customer_id, date, id);
CREATE INDEX sales_document_customer_name ON sales_document (customer_name, id);
CREATE INDEX sales_document_status_due ON sales_document (status, due_date, id);
-- Counting the paid invoices: validated invoices (this index, covering) less the open ones.
CREATE INDEX sales_document_state ON sales_document (status, kind);
CREATE INDEX sales_document_due ON sales_document (due_date, id);
CREATE INDEX sales_document_total ON sales_document (total_including_vat_cents, id);
CREATE INDEX sales_document_activity ON sales_document (activity_id, date, id);
CREATE INDEX sales_document_quote ON sales_document (quote_id) WHERE quote_id IS NOT NULL;
CREATE INDEX sales_document_credited ON sales_document (credited_invoice_id)
    WHERE credited_invoice_id IS NOT NULL;
-- One number per series, never two documents with the same number (a forged copy included).
CREATE UNIQUE INDEX sales_document_issued ON sales_document (number_series, number)
    WHERE status = 'validated';

-- Payments of a validated invoice, or refunds of a credit note. `shares` is the JSON array of core
-- sharesToJson(): the split per VAT rate that VAT on collections needs. Never updated nor deleted
-- (triggers below): a mistaken payment is corrected by a counter-entry, as in the books.
CREATE TABLE payment (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    document_id     TEXT NOT NULL REFERENCES sales_document (id) ON DELETE RESTRICT,
    date            TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    amount_cents    INTEGER NOT NULL CHECK (amount_cents > 0),
    mode            TEXT NOT NULL CHECK (mode IN ('transfer', 'cheque', 'card', 'cash')),
    bank_account    TEXT NOT NULL DEFAULT '512000',
    reference       TEXT NOT NULL DEFAULT '',
    shares          TEXT NOT NULL DEFAULT '[]'
                        CHECK (json_valid(shares) AND json_type(shares) = 'array'),
    recorded_at     TEXT NOT NULL
) STRICT;

CREATE INDEX payment_document ON payment (document_id, date);

-- Local: what has been paid on and credited against each validated document, so that the list
-- filters Waiting / PartlyPaid / Paid / Overdue and sorts on what remains in SQL. One row per
-- validated document, created when it becomes validated (or arrives validated), kept by the
-- triggers below and by nothing else:
--   paid_cents:     Σ payments on the document (refunds, for a credit note);
--   credited_cents: an invoice: Σ TTC of its validated credit notes;
--                   a credit note: the part of it that its invoice absorbed at validation (what
--                   the invoice still had to be paid then), the rest being due back as a refund.
CREATE TABLE document_settlement (
    document_id     TEXT PRIMARY KEY REFERENCES sales_document (id) ON DELETE CASCADE,
    paid_cents      INTEGER NOT NULL DEFAULT 0,
    credited_cents  INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;

-- Local: the validated invoices still to be paid (paid + credited < total), with copies of the
-- two dates the list sorts them by. The unpaid, waiting, partly paid and overdue filters start
-- from this table (a few thousand rows where sales_document has a million) and walk its date
-- indexes, so their first page and their count never scan the whole document table. Kept by the
-- settlement triggers below: a row comes when an invoice is validated and goes when it is settled.
CREATE TABLE open_invoice (
    document_id  TEXT PRIMARY KEY REFERENCES sales_document (id) ON DELETE CASCADE,
    date         TEXT NOT NULL,
    due_date     TEXT
) STRICT, WITHOUT ROWID;

CREATE INDEX open_invoice_date ON open_invoice (date, document_id);
CREATE INDEX open_invoice_due ON open_invoice (due_date, document_id);

-- Local: one counter row per (series, counter key), e.g. ('invoice', '2026') or
-- ('invoice', '2026-03/ANA042'), holding the last value drawn. The validating transaction
-- (BEGIN IMMEDIATE) reads it, adds one and writes it back before it commits, so a rolled-back
-- validation gives its value back and two validations never draw the same value. Never a
-- database sequence, which would leave gaps.
CREATE TABLE number_counter (
    series       TEXT NOT NULL,
    counter_key  TEXT NOT NULL,
    last_value   INTEGER NOT NULL CHECK (last_value >= 0),
    PRIMARY KEY (series, counter_key)
) STRICT, WITHOUT ROWID;

-- Local: the date of the last document numbered in each series ('invoice', 'credit_note'), for
-- the rule that dates never go backwards within a series (core checkNextInSeries).
CREATE TABLE number_series (
    series     TEXT PRIMARY KEY,
    last_date  TEXT NOT NULL CHECK (last_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT, WITHOUT ROWID;

-- Local: the SHA-256 chain (core/hashchain.h). Each validated document and each payment appends
-- one link in the transaction that issues it:
--   content_hash  = contentHash(record as stored),
--   previous_hash = the previous link's hash (32 zero bytes for the first),
--   hash          = chainHash(previous_hash, sequence, entity, entity_id, content_hash).
-- `label` (the document's number, "payment of <number>") is outside the hash: it only lets
-- `verify` name a record that has been removed.
-- `verify` recomputes every link and every content hash from the rows as read back.
CREATE TABLE ledger (
    sequence       INTEGER PRIMARY KEY,
    entity         TEXT NOT NULL CHECK (entity IN ('document', 'payment')),
    entity_id      TEXT NOT NULL,
    label          TEXT NOT NULL DEFAULT '',
    content_hash   BLOB NOT NULL CHECK (length(content_hash) = 32),
    previous_hash  BLOB NOT NULL CHECK (length(previous_hash) = 32),
    hash           BLOB NOT NULL CHECK (length(hash) = 32),
    recorded_at    TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX ledger_entity ON ledger (entity, entity_id);

-- ---- Immutability ----------------------------------------------------------------------------

CREATE TRIGGER sales_document_frozen_update
BEFORE UPDATE ON sales_document
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'validated document: it cannot be changed, only credited');
END;

CREATE TRIGGER sales_document_frozen_delete
BEFORE DELETE ON sales_document
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'validated document: it cannot be deleted, only credited');
END;

CREATE TRIGGER payment_frozen_update
BEFORE UPDATE ON payment
BEGIN
    SELECT RAISE(ABORT, 'payment: a recorded payment cannot be changed');
END;

CREATE TRIGGER payment_frozen_delete
BEFORE DELETE ON payment
BEGIN
    SELECT RAISE(ABORT, 'payment: a recorded payment cannot be deleted');
END;

CREATE TRIGGER ledger_frozen_update
BEFORE UPDATE ON ledger
BEGIN
    SELECT RAISE(ABORT, 'ledger: a hash-chain link cannot be changed');
END;

CREATE TRIGGER ledger_frozen_delete
BEFORE DELETE ON ledger
BEGIN
    SELECT RAISE(ABORT, 'ledger: a hash-chain link cannot be deleted');
END;

-- ---- Settlement ------------------------------------------------------------------------------

-- A credit note, when it becomes validated, first takes its own row with the part its invoice
-- absorbs (what the invoice still had to be paid), then adds its TTC to the invoice's credits.
-- The same whether it is validated here (UPDATE) or arrives validated by sync (INSERT).
CREATE TRIGGER sales_document_settlement_validated
AFTER UPDATE OF status ON sales_document
WHEN OLD.status = 'draft' AND NEW.status = 'validated'
BEGIN
    INSERT OR IGNORE INTO document_settlement (document_id, paid_cents, credited_cents)
    VALUES (NEW.id, 0,
            CASE WHEN NEW.kind = 'credit_note' THEN
                min(NEW.total_including_vat_cents,
                    max(0, coalesce((SELECT i.total_including_vat_cents - s.paid_cents
                                            - s.credited_cents
                                     FROM sales_document i
                                     JOIN document_settlement s ON s.document_id = i.id
                                     WHERE i.id = NEW.credited_invoice_id), 0)))
            ELSE 0 END);
    UPDATE document_settlement SET credited_cents = credited_cents + NEW.total_including_vat_cents
    WHERE NEW.kind = 'credit_note' AND document_id = NEW.credited_invoice_id;
    INSERT INTO open_invoice (document_id, date, due_date)
    SELECT NEW.id, NEW.date, NEW.due_date
    WHERE NEW.kind = 'invoice' AND NEW.total_including_vat_cents > 0;
    DELETE FROM open_invoice
    WHERE NEW.kind = 'credit_note' AND document_id = NEW.credited_invoice_id
      AND (SELECT s.paid_cents + s.credited_cents FROM document_settlement s
           WHERE s.document_id = NEW.credited_invoice_id)
          >= (SELECT i.total_including_vat_cents FROM sales_document i
              WHERE i.id = NEW.credited_invoice_id);
END;

CREATE TRIGGER sales_document_settlement_inserted
AFTER INSERT ON sales_document
WHEN NEW.status = 'validated'
BEGIN
    INSERT OR IGNORE INTO document_settlement (document_id, paid_cents, credited_cents)
    VALUES (NEW.id, 0,
            CASE WHEN NEW.kind = 'credit_note' THEN
                min(NEW.total_including_vat_cents,
                    max(0, coalesce((SELECT i.total_including_vat_cents - s.paid_cents
                                            - s.credited_cents
                                     FROM sales_document i
                                     JOIN document_settlement s ON s.document_id = i.id
                                     WHERE i.id = NEW.credited_invoice_id), 0)))
            ELSE 0 END);
    UPDATE document_settlement SET credited_cents = credited_cents + NEW.total_including_vat_cents
    WHERE NEW.kind = 'credit_note' AND document_id = NEW.credited_invoice_id;
    INSERT INTO open_invoice (document_id, date, due_date)
    SELECT NEW.id, NEW.date, NEW.due_date
    WHERE NEW.kind = 'invoice' AND NEW.total_including_vat_cents > 0;
    DELETE FROM open_invoice
    WHERE NEW.kind = 'credit_note' AND document_id = NEW.credited_invoice_id
      AND (SELECT s.paid_cents + s.credited_cents FROM document_settlement s
           WHERE s.document_id = NEW.credited_invoice_id)
          >= (SELECT i.total_including_vat_cents FROM sales_document i
              WHERE i.id = NEW.credited_invoice_id);
END;

CREATE TRIGGER payment_settlement
AFTER INSERT ON payment
BEGIN
    UPDATE document_settlement SET paid_cents = paid_cents + NEW.amount_cents
    WHERE document_id = NEW.document_id;
    DELETE FROM open_invoice
    WHERE document_id = NEW.document_id
      AND (SELECT s.paid_cents + s.credited_cents FROM document_settlement s
           WHERE s.document_id = NEW.document_id)
          >= (SELECT d.total_including_vat_cents FROM sales_document d WHERE d.id = NEW.document_id);
END;

-- A draft shows its customer's current name (a validated document keeps the name it was issued
-- with: its row is frozen).
CREATE TRIGGER customer_name_on_drafts
AFTER UPDATE OF name, first_name, last_name ON customer
BEGIN
    UPDATE sales_document
    SET customer_name = CASE WHEN NEW.name <> '' THEN NEW.name
                             ELSE trim(NEW.first_name || ' ' || NEW.last_name) END
    WHERE customer_id = NEW.id AND status = 'draft';
END;
