-- The fleet's alerts across a duty handover (issue 12, third round).

-- Each alert id a duty holder said a fleet trigger about, with the fleet's key of it (the database, the group as every
-- instance computes it, the pool and condition, without the instance): an acknowledgement of that id on any instance
-- finds here what it acknowledges. Written in the transaction that claims the trigger; removed with its all-clear.
CREATE TABLE fleet_alert (
    alert_id   VARCHAR(512) PRIMARY KEY,
    database   VARCHAR(200) NOT NULL,
    group_key  VARCHAR(512) NOT NULL,
    pool       VARCHAR(200) NOT NULL,
    condition  VARCHAR(100) NOT NULL,
    instance   VARCHAR(200) NOT NULL
);
CREATE INDEX fleet_alert_group ON fleet_alert (database, group_key);

-- An acknowledgement of a fleet alert, kept against the fleet's key rather than an instance's alert id: whoever holds
-- the database's duty now (or later) treats the condition as acknowledged (no escalation). Removed with the all-clear.
CREATE TABLE fleet_acked (
    database   VARCHAR(200) NOT NULL,
    group_key  VARCHAR(512) NOT NULL,
    pool       VARCHAR(200) NOT NULL,
    condition  VARCHAR(100) NOT NULL,
    who        VARCHAR(200) NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (database, group_key, pool, condition)
);
