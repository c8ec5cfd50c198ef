-- API keys per shop. Only a SHA-256 hash of each key is kept: the key itself is shown once, at creation.
CREATE TABLE api_keys (
    id          INTEGER PRIMARY KEY,
    shop_id     TEXT NOT NULL REFERENCES shops(id),
    key_hash    TEXT NOT NULL UNIQUE,
    prefix      TEXT NOT NULL,          -- the first characters, so people can tell keys apart
    scopes      TEXT NOT NULL,          -- comma-separated: ingest, read, admin
    label       TEXT,
    created_at  INTEGER NOT NULL,
    revoked_at  INTEGER
);
