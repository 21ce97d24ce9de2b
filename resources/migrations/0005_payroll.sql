-- Schema 5: payroll runs (issue 5): one run per month, its payslips and its journal lines.
--
-- The conventions of schemas 3 and 4 hold (money in `*_cents`, rates in `*_units` of 1e-8, dates
-- as ISO text, '' rather than NULL for absent text).
--
-- Runs are local bookkeeping of the store that computes the payroll (the support team's), not
-- synced entities: they are derived from the contracts, the sales and the rule tables, and the
-- sync issue decides how a closed run travels. A draft run is replaced whole when its month is run
-- again; once closed, the triggers below refuse any change to the run, its slips and its journal.

CREATE TABLE payroll_run (
    id                   TEXT PRIMARY KEY,
    month                TEXT NOT NULL UNIQUE CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    status               TEXT NOT NULL CHECK (status IN ('draft', 'closed')),
    computed_at          TEXT NOT NULL,
    closed_at            TEXT NOT NULL DEFAULT '',
    pay_date             TEXT NOT NULL,
    rules_valid_from     TEXT NOT NULL,
    slip_count           INTEGER NOT NULL CHECK (slip_count >= 0),
    gross_cents          INTEGER NOT NULL,
    employee_total_cents INTEGER NOT NULL,
    employer_total_cents INTEGER NOT NULL,
    rgdu_cents           INTEGER NOT NULL,
    net_before_tax_cents INTEGER NOT NULL,
    employer_cost_cents  INTEGER NOT NULL,
    CHECK ((status = 'closed') = (closed_at <> ''))
) STRICT;

-- One payslip. The lines are kept as JSON (code, label, organism, base, rates in units, amounts in
-- cents): they are read whole with the slip and never filtered on.
CREATE TABLE payroll_slip (
    run_id               TEXT NOT NULL REFERENCES payroll_run (id) ON DELETE CASCADE,
    entrepreneur_id      TEXT NOT NULL REFERENCES entrepreneur (id) ON DELETE RESTRICT,
    name                 TEXT NOT NULL,
    nir                  TEXT NOT NULL DEFAULT '',
    activity_id          TEXT NOT NULL DEFAULT '',
    activity_code        TEXT NOT NULL DEFAULT '',
    contract_id          TEXT NOT NULL DEFAULT '',
    days_under_contract  INTEGER NOT NULL CHECK (days_under_contract BETWEEN 1 AND 31),
    cadre                INTEGER NOT NULL CHECK (cadre IN (0, 1)),
    headcount            INTEGER NOT NULL,
    atmp_units           INTEGER NOT NULL,
    vm_units             INTEGER NOT NULL,
    mutuelle_cents       INTEGER NOT NULL,
    mutuelle_employer_share_units INTEGER NOT NULL,
    fixed_gross_cents    INTEGER NOT NULL,
    variable_gross_cents INTEGER NOT NULL,
    gross_cents          INTEGER NOT NULL,
    employee_total_cents INTEGER NOT NULL,
    employer_contributions_cents INTEGER NOT NULL,
    rgdu_coefficient_units INTEGER NOT NULL,
    rgdu_cents           INTEGER NOT NULL,
    rgdu_retirement_cents INTEGER NOT NULL,
    employer_total_cents INTEGER NOT NULL,
    net_before_tax_cents INTEGER NOT NULL,
    net_taxable_cents    INTEGER NOT NULL,
    net_social_cents     INTEGER NOT NULL,
    employer_cost_cents  INTEGER NOT NULL,
    pss_cents            INTEGER NOT NULL,
    monthly_smic_cents   INTEGER NOT NULL,
    lines_json           TEXT NOT NULL,
    PRIMARY KEY (run_id, entrepreneur_id)
) STRICT;
CREATE INDEX payroll_slip_entrepreneur ON payroll_slip (entrepreneur_id);

CREATE TABLE payroll_journal_line (
    run_id               TEXT NOT NULL REFERENCES payroll_run (id) ON DELETE CASCADE,
    seq                  INTEGER NOT NULL,
    account              TEXT NOT NULL,
    label                TEXT NOT NULL,
    activity_code        TEXT NOT NULL DEFAULT '',
    side                 TEXT NOT NULL CHECK (side IN ('debit', 'credit')),
    amount_cents         INTEGER NOT NULL CHECK (amount_cents >= 0),
    PRIMARY KEY (run_id, seq)
) STRICT;

-- A closed run is frozen: no change to it (but the one that closes it), its slips or its journal.
CREATE TRIGGER payroll_run_closed_update BEFORE UPDATE ON payroll_run
WHEN OLD.status = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'payroll run is closed');
END;
CREATE TRIGGER payroll_run_closed_delete BEFORE DELETE ON payroll_run
WHEN OLD.status = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'payroll run is closed');
END;
CREATE TRIGGER payroll_slip_closed_insert BEFORE INSERT ON payroll_slip
WHEN (SELECT status FROM payroll_run WHERE id = NEW.run_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'payroll run is closed');
END;
CREATE TRIGGER payroll_slip_closed_update BEFORE UPDATE ON payroll_slip
WHEN (SELECT status FROM payroll_run WHERE id = OLD.run_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'payroll run is closed');
END;
CREATE TRIGGER payroll_slip_closed_delete BEFORE DELETE ON payroll_slip
WHEN (SELECT status FROM payroll_run WHERE id = OLD.run_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'payroll run is closed');
END;
CREATE TRIGGER payroll_journal_closed_insert BEFORE INSERT ON payroll_journal_line
WHEN (SELECT status FROM payroll_run WHERE id = NEW.run_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'payroll run is closed');
END;
CREATE TRIGGER payroll_journal_closed_update BEFORE UPDATE ON payroll_journal_line
WHEN (SELECT status FROM payroll_run WHERE id = OLD.run_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'payroll run is closed');
END;
CREATE TRIGGER payroll_journal_closed_delete BEFORE DELETE ON payroll_journal_line
WHEN (SELECT status FROM payroll_run WHERE id = OLD.run_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'payroll run is closed');
END;
