-- Schema 8: shared-cost pools and their allocation (issue 6 §3).
--
-- A pool is a synced entity (written through a UnitOfWork): the costs of a period that the
-- activities share, the key that splits them, and for the fixed-amount and custom-weight keys the
-- figure of each activity (`weights`, a JSON object activity id → cents or weight). Allocating it
-- stores every activity's share with what explains it (`shares`) and freezes the pool: a pool
-- allocated is never allocated again (a correction is a new pool, as in the books).

CREATE TABLE cost_pool (
    id             TEXT PRIMARY KEY,
    version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    label          TEXT NOT NULL CHECK (label <> ''),
    period_from    TEXT NOT NULL CHECK (period_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    period_to      TEXT NOT NULL CHECK (period_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    amount_cents   INTEGER NOT NULL,
    account        TEXT NOT NULL,
    key            TEXT NOT NULL CHECK (key IN ('turnover', 'margin', 'headcount', 'equal',
                                                'fixed', 'custom')),
    weights        TEXT NOT NULL DEFAULT '{}'
                       CHECK (json_valid(weights) AND json_type(weights) = 'object'),
    status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'allocated')),
    allocated_at   TEXT NOT NULL DEFAULT '',
    shares         TEXT NOT NULL DEFAULT '[]'
                       CHECK (json_valid(shares) AND json_type(shares) = 'array'),
    CHECK (period_from <= period_to)
) STRICT;

CREATE TRIGGER cost_pool_allocated_update BEFORE UPDATE ON cost_pool
WHEN OLD.status = 'allocated'
BEGIN
    SELECT RAISE(ABORT, 'an allocated pool is frozen');
END;
CREATE TRIGGER cost_pool_allocated_delete BEFORE DELETE ON cost_pool
WHEN OLD.status = 'allocated'
BEGIN
    SELECT RAISE(ABORT, 'an allocated pool is frozen');
END;
