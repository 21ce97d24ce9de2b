-- The general ledger (issue 7): the chart of accounts as the cooperative changed it (the PCG
-- defaults live in the code), the account mapping, the posted entries and their lines, the closed
-- period and its history. Entries are derived from validated documents in the transaction that
-- validates them; they are never changed or deleted (triggers), and nothing is posted on a day of
-- the closed period (trigger, besides the repository's own refusal).

CREATE TABLE ledger_account (
    number TEXT PRIMARY KEY,
    label TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE ledger_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE ledger_entry (
    seq INTEGER PRIMARY KEY,               -- posting (validation) order
    journal TEXT NOT NULL,
    fiscal_year_start TEXT NOT NULL,       -- the fiscal year the number belongs to
    number INTEGER NOT NULL,               -- 1, 2, 3… per journal and fiscal year
    date TEXT NOT NULL,
    piece_ref TEXT NOT NULL,
    piece_date TEXT NOT NULL,
    label TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    source_id TEXT NOT NULL,
    validated_at TEXT NOT NULL,            -- ISO 8601 UTC
    UNIQUE (journal, fiscal_year_start, number),
    UNIQUE (source_kind, source_id)
);
CREATE INDEX ledger_entry_date ON ledger_entry (date);

CREATE TABLE ledger_line (
    entry_seq INTEGER NOT NULL REFERENCES ledger_entry (seq),
    line INTEGER NOT NULL,
    account TEXT NOT NULL,
    aux_account TEXT NOT NULL,
    aux_label TEXT NOT NULL,
    label TEXT NOT NULL,
    analytic TEXT NOT NULL,
    debit_cents INTEGER NOT NULL CHECK (debit_cents >= 0),
    credit_cents INTEGER NOT NULL CHECK (credit_cents >= 0),
    PRIMARY KEY (entry_seq, line)
) WITHOUT ROWID;
CREATE INDEX ledger_line_account ON ledger_line (account);
CREATE INDEX ledger_line_analytic ON ledger_line (analytic, account);

-- One row at most: every day up to `closed_until` is closed.
CREATE TABLE ledger_period (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    closed_until TEXT
);

CREATE TABLE ledger_period_event (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('close', 'reopen')),
    until TEXT,
    by TEXT NOT NULL,
    reason TEXT NOT NULL
);

CREATE TRIGGER ledger_entry_frozen_update BEFORE UPDATE ON ledger_entry
BEGIN
    SELECT RAISE(ABORT, 'ledger entry: a posted entry cannot be changed, only reversed');
END;
CREATE TRIGGER ledger_entry_frozen_delete BEFORE DELETE ON ledger_entry
BEGIN
    SELECT RAISE(ABORT, 'ledger entry: a posted entry cannot be deleted, only reversed');
END;
CREATE TRIGGER ledger_line_frozen_update BEFORE UPDATE ON ledger_line
BEGIN
    SELECT RAISE(ABORT, 'ledger line: a posted line cannot be changed');
END;
CREATE TRIGGER ledger_line_frozen_delete BEFORE DELETE ON ledger_line
BEGIN
    SELECT RAISE(ABORT, 'ledger line: a posted line cannot be deleted');
END;
CREATE TRIGGER ledger_entry_closed_period BEFORE INSERT ON ledger_entry
WHEN NEW.date <= (SELECT closed_until FROM ledger_period WHERE id = 1)
BEGIN
    SELECT RAISE(ABORT, 'ledger entry: dated in the closed period');
END;
CREATE TRIGGER ledger_period_event_frozen BEFORE DELETE ON ledger_period_event
BEGIN
    SELECT RAISE(ABORT, 'period history cannot be deleted');
END;
