-- Schema 3: the cooperative's settings, its activities, entrepreneurs, their interviews and their
-- CAPE/CESA contracts (issue 3).
--
-- Every table is a synced entity (core/storage/unitofwork.h): `id TEXT PRIMARY KEY` (a UUID, or a
-- fixed key for the singleton) and `version INTEGER`, written only through a UnitOfWork so that each
-- change is queued in the outbox in the same transaction. Conventions:
--   * money in INTEGER cents (`*_cents`); rates in Rate units, 1e-8 (`*_rate_units`: 100 % is
--     100000000); quantities in Quantity units, 1e-3 (`*_units`: 151.667 h is 151667);
--   * dates as ISO text 'YYYY-MM-DD', NULL when absent, checked for their shape;
--   * enumerations as their stable keys (priorStatusKey, contractTypeKey…), checked by CHECK;
--   * text that may be absent is '' rather than NULL, so that an edit from '' to a value is a change
--     of one field and NULL never means two things;
--   * foreign keys ON DELETE RESTRICT: a person with contracts or interviews, an activity with people
--     or contracts, cannot vanish under them;
--   * lists that are edited as one value are JSON columns (see each table); lists whose items are
--     added independently by different people are tables of their own.
-- Every rule of the domain (NIR key, CAPE length, shares adding up to 100 %…) lives in the core and
-- runs before a write; the CHECKs here only keep out values that no code path should produce.

-- The cooperative's settings: one row, id 'cooperative'. A table of its own rather than keys of
-- `setting`: the form is edited and validated as one record (SIRET against SIREN, VAT number against
-- SIREN), its values are typed (cents, rate units, month) and checked here, and one version covers
-- the record. `setting` keeps what belongs to the store itself (its name).
CREATE TABLE cooperative (
    id                              TEXT PRIMARY KEY CHECK (id = 'cooperative'),
    version                         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    name                            TEXT NOT NULL DEFAULT '',
    legal_form                      TEXT NOT NULL DEFAULT '',
    capital_cents                   INTEGER NOT NULL DEFAULT 0,
    siren                           TEXT NOT NULL DEFAULT '',
    siret                           TEXT NOT NULL DEFAULT '',
    vat_number                      TEXT NOT NULL DEFAULT '',
    address_line1                   TEXT NOT NULL DEFAULT '',
    address_line2                   TEXT NOT NULL DEFAULT '',
    postcode                        TEXT NOT NULL DEFAULT '',
    city                            TEXT NOT NULL DEFAULT '',
    country                         TEXT NOT NULL DEFAULT 'FR',
    rcs_city                        TEXT NOT NULL DEFAULT '',
    naf_code                        TEXT NOT NULL DEFAULT '',
    headcount                       INTEGER NOT NULL DEFAULT 0 CHECK (headcount >= 0),
    at_mp_rate_units                INTEGER NOT NULL DEFAULT 0,
    mobility_rate_units             INTEGER NOT NULL DEFAULT 0,
    mutuelle_monthly_cents          INTEGER NOT NULL DEFAULT 0,
    mutuelle_employer_share_units   INTEGER NOT NULL DEFAULT 0,
    fiscal_year_start_month         INTEGER NOT NULL DEFAULT 1
                                        CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
    invoice_number_template         TEXT NOT NULL DEFAULT '',
    credit_note_number_template     TEXT NOT NULL DEFAULT '',
    iban                            TEXT NOT NULL DEFAULT '',
    bic                             TEXT NOT NULL DEFAULT '',
    bank_name                       TEXT NOT NULL DEFAULT ''
) STRICT;

-- Activities (analytic units). `members` is a JSON array
--   [{"entrepreneur_id": "<uuid>", "share_units": <Rate units>}, …]
-- because the shares of a shared activity are edited together and only make sense together (they
-- add up to 100 %): sync carries the list as one value, never a half-edited split. The members'
-- ids are not foreign keys (SQLite cannot reference into JSON); the repository checks them.
CREATE TABLE activity (
    id            TEXT PRIMARY KEY,
    version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    analytic_code TEXT NOT NULL CHECK (length(analytic_code) BETWEEN 1 AND 32),
    name          TEXT NOT NULL,
    trade         TEXT NOT NULL DEFAULT '',
    members       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(members) AND json_type(members) = 'array')
) STRICT;

CREATE UNIQUE INDEX activity_analytic_code ON activity (analytic_code);

CREATE TABLE entrepreneur (
    id               TEXT PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    last_name        TEXT NOT NULL,
    first_name       TEXT NOT NULL,
    birth_date       TEXT CHECK (birth_date IS NULL
                                 OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    nir              TEXT NOT NULL DEFAULT '' CHECK (nir = '' OR length(nir) = 15),
    email            TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    address_line1    TEXT NOT NULL DEFAULT '',
    address_line2    TEXT NOT NULL DEFAULT '',
    postcode         TEXT NOT NULL DEFAULT '',
    city             TEXT NOT NULL DEFAULT '',
    country          TEXT NOT NULL DEFAULT 'FR',
    prior_status     TEXT NOT NULL DEFAULT 'job_seeker'
                         CHECK (prior_status IN ('job_seeker', 'employee', 'self_employed', 'student',
                                                 'inactive', 'other')),
    referent_adviser TEXT NOT NULL DEFAULT '',
    activity_id      TEXT REFERENCES activity (id) ON DELETE RESTRICT
) STRICT;

-- The list is sorted by name; lookups by activity (the activity's page lists its people).
CREATE INDEX entrepreneur_name ON entrepreneur (last_name, first_name);
CREATE INDEX entrepreneur_activity ON entrepreneur (activity_id);
-- One person, one NIR. Absent while under a CAPE, hence partial.
CREATE UNIQUE INDEX entrepreneur_nir ON entrepreneur (nir) WHERE nir <> '';

-- Follow-up interviews: rows of their own, not a list inside the entrepreneur, because advisers add
-- them independently (often offline, on different laptops) and sync merges rows; two interviews
-- added on two devices must both survive.
CREATE TABLE interview (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    entrepreneur_id TEXT NOT NULL REFERENCES entrepreneur (id) ON DELETE RESTRICT,
    date            TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind            TEXT NOT NULL
                        CHECK (kind IN ('reception', 'follow_up', 'annual', 'exit', 'other')),
    adviser         TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX interview_entrepreneur ON interview (entrepreneur_id, date);

-- CAPE and CESA contracts. Two JSON columns hold the versions of the contract:
--   cape_periods: [{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}, …]        (CAPE; '[]' for a CESA)
--   terms:        [{"effective_from": "YYYY-MM-DD", "fixed_monthly_part_cents": n,
--                   "variable_rate_units": n, "monthly_hours_units": n, "equivalent_hours": bool,
--                   "cadre": bool, "contribution_scale": "…", "referent": "…", "note": "…"}, …]
--                                                                        (CESA; '[]' for a CAPE)
-- A renewal or an amendment (avenant) is an edit of the contract, and the list of versions is one
-- value: the rules (contiguous periods, 36 months in all; terms in date order, the first on the
-- start) hold over the whole list, so it is never merged item by item.
CREATE TABLE contract (
    id               TEXT PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    entrepreneur_id  TEXT NOT NULL REFERENCES entrepreneur (id) ON DELETE RESTRICT,
    activity_id      TEXT REFERENCES activity (id) ON DELETE RESTRICT,
    type             TEXT NOT NULL CHECK (type IN ('cape', 'cesa')),
    signed_on        TEXT CHECK (signed_on IS NULL
                                 OR signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    start            TEXT NOT NULL CHECK (start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    cape_periods     TEXT NOT NULL DEFAULT '[]'
                         CHECK (json_valid(cape_periods) AND json_type(cape_periods) = 'array'),
    terms            TEXT NOT NULL DEFAULT '[]'
                         CHECK (json_valid(terms) AND json_type(terms) = 'array'),
    associate_date   TEXT CHECK (associate_date IS NULL
                                 OR associate_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    associate_shares INTEGER NOT NULL DEFAULT 0 CHECK (associate_shares >= 0),
    exit_date        TEXT CHECK (exit_date IS NULL
                                 OR exit_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    exit_reason      TEXT CHECK (exit_reason IS NULL
                                 OR exit_reason IN ('resignation', 'cape_ended', 'not_associated',
                                                    'dismissal', 'retirement', 'mutual_agreement',
                                                    'other')),
    exit_note        TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX contract_entrepreneur ON contract (entrepreneur_id, start);
CREATE INDEX contract_activity ON contract (activity_id);
