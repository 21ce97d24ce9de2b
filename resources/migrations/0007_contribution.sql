-- Schema 7: contribution scales (issue 6 §2).
--
-- The conventions of schemas 3 to 6 hold. A scale is a synced entity (written through a
-- UnitOfWork); each version of a scale is its own row (same code, a later effective date), as the
-- general assembly votes a new one, so the contributions of past months keep being computed with
-- the scale they were due under. Brackets and floors are JSON lists edited as one value.

CREATE TABLE contribution_scale (
    id                           TEXT PRIMARY KEY,
    version                      INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    code                         TEXT NOT NULL CHECK (code <> ''),
    effective_from               TEXT NOT NULL
                                     CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    label                        TEXT NOT NULL,
    assembly_reference           TEXT NOT NULL,
    base                         TEXT NOT NULL CHECK (base IN ('invoiced', 'collected', 'margin')),
    brackets                     TEXT NOT NULL CHECK (json_valid(brackets) AND json_type(brackets) = 'array'),
    application                  TEXT NOT NULL CHECK (application IN ('marginal', 'whole')),
    basis                        TEXT NOT NULL CHECK (basis IN ('month', 'year', 'entry')),
    floors                       TEXT NOT NULL DEFAULT '[]'
                                     CHECK (json_valid(floors) AND json_type(floors) = 'array'),
    annual_cap_cents             INTEGER CHECK (annual_cap_cents IS NULL OR annual_cap_cents >= 0),
    annual_cap_associate_cents   INTEGER CHECK (annual_cap_associate_cents IS NULL
                                                OR annual_cap_associate_cents >= 0),
    internal_rate_units          INTEGER,
    is_default                   INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    UNIQUE (code, effective_from)
) STRICT;
