-- Per-customer results of customer analytics (models.kind = 'customers'): RFM segments, behavioural
-- cluster, CLV and churn risk, kept for the newest version only. Rows belong to the customer
-- (ON DELETE CASCADE): erasing a customer removes theirs in the same statement.
CREATE TABLE customer_insights (
    shop_id             TEXT NOT NULL REFERENCES shops(id),
    version             INTEGER NOT NULL,
    customer_id         INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    r                   INTEGER NOT NULL,
    f                   INTEGER NOT NULL,
    m                   INTEGER NOT NULL,
    rfm11               TEXT NOT NULL,
    rf10                TEXT NOT NULL,
    cluster             INTEGER,
    p_alive             REAL,
    expected_purchases  REAL,
    p_purchase          REAL,
    expected_spend      REAL,
    expected_revenue    REAL,
    clv                 REAL,
    churn_probability   REAL,
    churn_horizon_days  INTEGER,
    churn_model         TEXT,
    churn_drivers       TEXT,                   -- JSON array of {feature, value, contribution}
    PRIMARY KEY (customer_id, version)
) WITHOUT ROWID;
CREATE INDEX customer_insights_by_rfm11 ON customer_insights (shop_id, version, rfm11);
CREATE INDEX customer_insights_by_rf10 ON customer_insights (shop_id, version, rf10);
CREATE INDEX customer_insights_by_cluster ON customer_insights (shop_id, version, cluster);
