-- The dedup keys the fleet's triggers went out under (issue 12, fourth round).

-- A notification's dedup key names its group as the sending instance computed it (with the instance label in it when
-- the route groups by the instance), so another instance's desk does not know it. Each trigger's claim records the key
-- it was sent under against the fleet's key of the group (the database, the group without the instance): an
-- acknowledgement by that dedup key on any instance finds here the group, and in fleet_alert its alerts, and is kept
-- in fleet_acked like one by alert id. Written in the transaction that claims the trigger; removed with its all-clear.
CREATE TABLE fleet_dedup_key (
    dedup_key  VARCHAR(512) NOT NULL,
    database   VARCHAR(200) NOT NULL,
    group_key  VARCHAR(512) NOT NULL,
    PRIMARY KEY (dedup_key, database, group_key)
);
CREATE INDEX fleet_dedup_key_group ON fleet_dedup_key (database, group_key);
