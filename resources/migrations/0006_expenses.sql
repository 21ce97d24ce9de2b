-- Schema 6: expense reports and their receipts (issue 6 §1).
--
-- The conventions of schemas 3 to 5 hold (money in `*_cents`, dates as ISO text, '' rather than
-- NULL for absent text, lists edited as one value in JSON columns).
--
-- receipt: the files attached to expense lines, kept inside the encrypted store. Content-addressed
-- (the key is the SHA-256 of the bytes), so attaching the same file twice stores it once and a
-- receipt can never be changed; local bookkeeping that sync will carry by its hash (ADR 007).
-- expense_report: a synced entity (written through a UnitOfWork); its lines are one JSON value.
-- Once validated (or paid) a report's lines and amounts are frozen; only its payment may follow.

CREATE TABLE receipt (
    sha256       TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    file_name    TEXT NOT NULL,
    media_type   TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes   INTEGER NOT NULL CHECK (size_bytes > 0),
    added_at     TEXT NOT NULL,
    content      BLOB NOT NULL
) STRICT;

CREATE TRIGGER receipt_immutable BEFORE UPDATE ON receipt
BEGIN
    SELECT RAISE(ABORT, 'a receipt cannot be changed');
END;

CREATE TABLE expense_report (
    id                        TEXT PRIMARY KEY,
    version                   INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    activity_id               TEXT NOT NULL REFERENCES activity (id) ON DELETE RESTRICT,
    entrepreneur_id           TEXT NOT NULL REFERENCES entrepreneur (id) ON DELETE RESTRICT,
    month                     TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-01'),
    status                    TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'validated',
                                                              'rejected', 'paid')),
    lines                     TEXT NOT NULL DEFAULT '[]'
                                  CHECK (json_valid(lines) AND json_type(lines) = 'array'),
    note                      TEXT NOT NULL DEFAULT '',
    total_including_vat_cents INTEGER NOT NULL DEFAULT 0,
    total_vat_cents           INTEGER NOT NULL DEFAULT 0,
    kilometres                INTEGER NOT NULL DEFAULT 0 CHECK (kilometres >= 0),
    submitted_at              TEXT NOT NULL DEFAULT '',
    decided_at                TEXT NOT NULL DEFAULT '',
    decided_by                TEXT NOT NULL DEFAULT '',
    paid_on                   TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX expense_report_activity ON expense_report (activity_id, month);
CREATE INDEX expense_report_entrepreneur ON expense_report (entrepreneur_id, month);
CREATE INDEX expense_report_status ON expense_report (status, month);

CREATE TRIGGER expense_report_frozen BEFORE UPDATE ON expense_report
WHEN OLD.status IN ('validated', 'paid')
 AND (NEW.lines IS NOT OLD.lines
      OR NEW.total_including_vat_cents IS NOT OLD.total_including_vat_cents
      OR NEW.total_vat_cents IS NOT OLD.total_vat_cents
      OR NEW.activity_id IS NOT OLD.activity_id
      OR NEW.entrepreneur_id IS NOT OLD.entrepreneur_id
      OR NEW.month IS NOT OLD.month
      OR NEW.status NOT IN ('validated', 'paid'))
BEGIN
    SELECT RAISE(ABORT, 'a validated expense report is frozen');
END;

CREATE TRIGGER expense_report_kept BEFORE DELETE ON expense_report
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'only a draft expense report can be deleted');
END;
