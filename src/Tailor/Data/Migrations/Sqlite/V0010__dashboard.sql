-- The dashboard's sign-in: people who may open one shop's dashboard with a name and a password. Only a
-- salted, slow PBKDF2 hash of each password is kept (PasswordHash).
CREATE TABLE dashboard_users (
    id               INTEGER PRIMARY KEY,
    shop_id          TEXT NOT NULL REFERENCES shops(id),
    name             TEXT NOT NULL COLLATE NOCASE UNIQUE,
    password_hash    TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    password_set_at  INTEGER NOT NULL
);

-- The keys that sign the dashboard's cookies and form tokens (ASP.NET Core data protection). Kept in the
-- database rather than on one machine's disk so that a restart or another replica accepts the same sign-ins.
CREATE TABLE dashboard_keys (
    name        TEXT PRIMARY KEY,
    xml         TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
