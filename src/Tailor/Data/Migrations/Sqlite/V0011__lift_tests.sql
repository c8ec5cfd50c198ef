-- Experiments that measured a paid channel's incremental outcome (holdouts, geo tests), kept so that
-- every fit of the shop's response curves is calibrated with them. One row per channel and period.
CREATE TABLE lift_tests (
    shop_id         TEXT NOT NULL REFERENCES shops(id),
    channel         TEXT NOT NULL,
    start_day       TEXT NOT NULL,
    end_day         TEXT NOT NULL,
    incremental     REAL NOT NULL,
    standard_error  REAL NOT NULL CHECK (standard_error > 0),
    outcome         TEXT NOT NULL CHECK (outcome IN ('orders', 'revenue')),
    saved_at        INTEGER NOT NULL,
    PRIMARY KEY (shop_id, channel, start_day, end_day)
) WITHOUT ROWID;
