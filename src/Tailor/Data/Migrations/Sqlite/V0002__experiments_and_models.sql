-- Experiments (assignment and outcome logging) and versioned model artefacts.

CREATE TABLE experiments (
    id          INTEGER PRIMARY KEY,
    shop_id     TEXT NOT NULL REFERENCES shops(id),
    key         TEXT NOT NULL,
    variants    TEXT NOT NULL,          -- JSON array of {name, weight}
    metric      TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('draft', 'running', 'stopped')),
    created_at  INTEGER NOT NULL,
    UNIQUE (shop_id, key)
);

CREATE TABLE experiment_assignments (
    experiment_id  INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    subject        TEXT NOT NULL,       -- customer external id or anonymous session id
    variant        TEXT NOT NULL,
    exposed_at     INTEGER NOT NULL,
    PRIMARY KEY (experiment_id, subject)
) WITHOUT ROWID;

CREATE TABLE experiment_outcomes (
    id             INTEGER PRIMARY KEY,
    experiment_id  INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    subject        TEXT NOT NULL,
    value          REAL NOT NULL,
    occurred_at    INTEGER NOT NULL
);
CREATE INDEX experiment_outcomes_by_subject ON experiment_outcomes (experiment_id, subject);

CREATE TABLE models (
    id          INTEGER PRIMARY KEY,
    shop_id     TEXT NOT NULL REFERENCES shops(id),
    kind        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    trained_at  INTEGER NOT NULL,
    metrics     TEXT,                   -- JSON object
    artefact    BLOB,
    UNIQUE (shop_id, kind, version)
);
