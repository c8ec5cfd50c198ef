-- Experiments: bandit mode with a history of traffic weights, outcomes from orders, a stop with a winner,
-- idempotent outcomes, and erasure of a customer's assignments and outcomes with the customer.

ALTER TABLE experiments ADD COLUMN bandit INTEGER NOT NULL DEFAULT 0;
ALTER TABLE experiments ADD COLUMN source TEXT NOT NULL DEFAULT 'logged' CHECK (source IN ('logged', 'orders'));
ALTER TABLE experiments ADD COLUMN window_hours REAL;      -- outcomes count this long after exposure; NULL: no limit
ALTER TABLE experiments ADD COLUMN winner TEXT;            -- the variant new subjects get once stopped

-- Weights in force from a moment on: one row at creation, one per bandit update. The SRM check needs
-- the history, since each period's exposures follow that period's weights.
CREATE TABLE experiment_weights (
    id              INTEGER PRIMARY KEY,
    experiment_id   INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    effective_from  INTEGER NOT NULL,
    weights         TEXT NOT NULL           -- JSON array, one share per variant, summing to 1
);
CREATE INDEX experiment_weights_by_time ON experiment_weights (experiment_id, effective_from);

ALTER TABLE experiment_outcomes ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX experiment_outcomes_by_key ON experiment_outcomes (experiment_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- Subjects are external ids, not foreign keys (anonymous sessions can be subjects too), so erasing a
-- customer removes their experiment rows here rather than by ON DELETE CASCADE.
CREATE TRIGGER customers_erase_experiment_rows AFTER DELETE ON customers
BEGIN
    DELETE FROM experiment_outcomes
    WHERE subject = old.external_id AND experiment_id IN (SELECT id FROM experiments WHERE shop_id = old.shop_id);
    DELETE FROM experiment_assignments
    WHERE subject = old.external_id AND experiment_id IN (SELECT id FROM experiments WHERE shop_id = old.shop_id);
END;
