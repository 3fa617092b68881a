-- The fleet, second round (issue 12).

-- A grant reads one row under the lock: the budget row keeps running sums over the pools counted in it, changed in
-- the same transaction as each reservation (a heartbeat takes out its pools' old figures and adds the new ones; the
-- duty holder takes out the pools of instances whose lease ran out, once). counted: whether the row is in the sums.
-- holding: the largest max the pool may return to without a new grant (the size before a shrink not yet verified).
ALTER TABLE fleet_pool ADD COLUMN counted BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE fleet_pool ADD COLUMN holding INT NOT NULL DEFAULT 0;
-- reserved_sum and wanted become running sums; nothing is counted yet, so every pool adds itself at its next heartbeat.
UPDATE fleet_budget SET reserved_sum = 0, wanted = 0;
ALTER TABLE fleet_budget ADD COLUMN open_sum INT NOT NULL DEFAULT 0;
ALTER TABLE fleet_budget ADD COLUMN weight_sum DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE fleet_budget ADD COLUMN pool_count INT NOT NULL DEFAULT 0;
-- The division as a water level (a pool's share is min(wanted, level x weight), one leftover connection each to the
-- largest remainders down to the cut), computed once a tick by the duty holder; null until the first division.
ALTER TABLE fleet_budget ADD COLUMN level DOUBLE PRECISION;
ALTER TABLE fleet_budget ADD COLUMN level_cut DOUBLE PRECISION;
ALTER TABLE fleet_budget ADD COLUMN level_cut_key VARCHAR(401);
-- The duty holder finds the instances whose lease ran out without reading the live ones.
CREATE INDEX fleet_instance_lease ON fleet_instance (lease_until);

-- What the fleet has said, whoever said it: one row per (database, group key, channel, escalation level, action,
-- conditions) sent and not yet resolved. An instance sends a fleet alert only when it inserts the row (ON CONFLICT DO
-- NOTHING, or after the repeat interval), and its all-clear only when it deletes the trigger's row: so a duty holder
-- taking over after a handover does not say again what the one before it said. notification: the trigger as sent
-- (the outbox's JSON), so a new holder can send the all-clear of a condition that cleared while the duty changed hands.
CREATE TABLE fleet_notice (
    database   VARCHAR(200)  NOT NULL,
    group_key  VARCHAR(512)  NOT NULL,
    channel    VARCHAR(200)  NOT NULL,
    level      INT           NOT NULL,
    action     VARCHAR(16)   NOT NULL,
    conditions VARCHAR(1000) NOT NULL,
    sent_by    VARCHAR(200)  NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    notification TEXT,
    PRIMARY KEY (database, group_key, channel, level, action, conditions)
);
