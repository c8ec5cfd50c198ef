-- Core data model (DESIGN.md section 2). Every row carries shop_id.
-- Timestamps are UTC milliseconds since the Unix epoch; dates are ISO 'YYYY-MM-DD' text.
-- Internal integer ids keep the large tables (lines, events) compact; external ids are the shop's own.

CREATE TABLE shops (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    currency    TEXT NOT NULL,
    time_zone   TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE customers (
    id                       INTEGER PRIMARY KEY,
    shop_id                  TEXT NOT NULL REFERENCES shops(id),
    external_id              TEXT NOT NULL,
    created_at               INTEGER NOT NULL,
    country                  TEXT,
    region                   TEXT,
    attributes               TEXT,
    consent_personalization  INTEGER NOT NULL,
    consent_email            INTEGER NOT NULL,
    consent_analytics        INTEGER NOT NULL,
    erased                   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (shop_id, external_id)
);

CREATE TABLE items (
    id           INTEGER PRIMARY KEY,
    shop_id      TEXT NOT NULL REFERENCES shops(id),
    external_id  TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('product', 'content')),
    title        TEXT NOT NULL,
    description  TEXT,
    category     TEXT,
    tags         TEXT,
    price        REAL,
    cost         REAL,
    stock        INTEGER,
    available    INTEGER NOT NULL,
    attributes   TEXT,
    created_at   INTEGER,
    UNIQUE (shop_id, external_id)
);

CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    shop_id      TEXT NOT NULL REFERENCES shops(id),
    external_id  TEXT NOT NULL,
    customer_id  INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    ordered_at   INTEGER NOT NULL,
    channel      TEXT,
    country      TEXT,
    UNIQUE (shop_id, external_id)
);
CREATE INDEX orders_by_customer ON orders (customer_id, ordered_at);
CREATE INDEX orders_by_time ON orders (shop_id, ordered_at);

-- The primary key is the natural one, so a re-imported line replaces itself; WITHOUT ROWID keeps one b-tree.
CREATE TABLE order_lines (
    order_id    INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line_no     INTEGER NOT NULL,
    shop_id     TEXT NOT NULL,
    item_id     INTEGER NOT NULL REFERENCES items(id),
    quantity    INTEGER NOT NULL,
    unit_price  REAL NOT NULL,
    PRIMARY KEY (order_id, line_no)
) WITHOUT ROWID;

CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    shop_id          TEXT NOT NULL REFERENCES shops(id),
    customer_id      INTEGER REFERENCES customers(id) ON DELETE CASCADE,
    session_id       TEXT,
    item_id          INTEGER REFERENCES items(id) ON DELETE SET NULL,
    type             TEXT NOT NULL,
    value            REAL,
    quantity         INTEGER,
    channel          TEXT,
    occurred_at      INTEGER NOT NULL,
    idempotency_key  TEXT NOT NULL,
    UNIQUE (shop_id, idempotency_key)
);
CREATE INDEX events_by_customer ON events (customer_id, occurred_at);
CREATE INDEX events_by_time ON events (shop_id, occurred_at);

CREATE TABLE spend (
    shop_id      TEXT NOT NULL REFERENCES shops(id),
    channel      TEXT NOT NULL,
    day          TEXT NOT NULL,
    amount       REAL NOT NULL,
    impressions  INTEGER,
    clicks       INTEGER,
    conversions  REAL,
    revenue      REAL,
    PRIMARY KEY (shop_id, channel, day)
) WITHOUT ROWID;

CREATE TABLE campaigns (
    id           INTEGER PRIMARY KEY,
    shop_id      TEXT NOT NULL REFERENCES shops(id),
    external_id  TEXT NOT NULL,
    channel      TEXT NOT NULL,
    first_sent_at INTEGER NOT NULL,
    UNIQUE (shop_id, external_id)
);

CREATE TABLE campaign_sends (
    campaign_id   INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    customer_id   INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    shop_id       TEXT NOT NULL,
    segment       TEXT,
    variant       TEXT,
    sent_at       INTEGER NOT NULL,
    opened        INTEGER NOT NULL,
    clicked       INTEGER NOT NULL,
    converted     INTEGER NOT NULL,
    unsubscribed  INTEGER NOT NULL,
    revenue       REAL,
    PRIMARY KEY (campaign_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX campaign_sends_by_customer ON campaign_sends (customer_id);
