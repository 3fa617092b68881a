-- The fleet (issue 12): every instance of every service registers here and heartbeats each tick.
-- Leases are judged by the database's clock (clock_timestamp()), never an instance's.
CREATE TABLE fleet_instance (
    instance_id  VARCHAR(200) PRIMARY KEY,
    joined_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per pool of a registered instance; counted only while its instance's lease is alive.
-- reservation: the largest max the pool may grow to; grant_token: the database's grant number when it last rose.
CREATE TABLE fleet_pool (
    instance_id      VARCHAR(200) NOT NULL REFERENCES fleet_instance (instance_id) ON DELETE CASCADE,
    pool             VARCHAR(200) NOT NULL,
    database         VARCHAR(200) NOT NULL,
    max_size         INT NOT NULL,
    min_idle         INT NOT NULL,
    open_connections INT NOT NULL,
    used_connections INT NOT NULL,
    wanted           INT NOT NULL,
    priority         INT NOT NULL,
    criticality      INT NOT NULL,
    weight           DOUBLE PRECISION NOT NULL,
    reservation      INT NOT NULL,
    share            INT NOT NULL,
    grant_token      BIGINT NOT NULL DEFAULT 0,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (instance_id, pool)
);
CREATE INDEX fleet_pool_database ON fleet_pool (database);

-- One row per database: every grant on it is made holding this row's lock (SELECT ... FOR UPDATE).
-- grant_seq is the fencing sequence; the figures are those of the last division.
-- duty_instance speaks for the database's conditions (headroom, the fleet wanting more than it can give) until duty_until.
CREATE TABLE fleet_budget (
    database           VARCHAR(200) PRIMARY KEY,
    grant_seq          BIGINT NOT NULL DEFAULT 0,
    max_connections    INT NOT NULL DEFAULT 0,
    reserved           INT NOT NULL DEFAULT 0,
    margin             INT NOT NULL DEFAULT 0,
    server_connections INT NOT NULL DEFAULT 0,
    fleet_open         INT NOT NULL DEFAULT 0,
    usable             INT NOT NULL DEFAULT 0,
    wanted             INT NOT NULL DEFAULT 0,
    reserved_sum       INT NOT NULL DEFAULT 0,
    divided_at         TIMESTAMP WITH TIME ZONE,
    divided_by         VARCHAR(200),
    duty_instance      VARCHAR(200),
    duty_until         TIMESTAMP WITH TIME ZONE
);

-- The conditions each instance's pools are in now (saturation, wait_p99, ...), replaced at every heartbeat: the
-- instance holding a database's duty says each (pool name, condition) once for the fleet.
CREATE TABLE fleet_condition (
    instance_id VARCHAR(200)  NOT NULL REFERENCES fleet_instance (instance_id) ON DELETE CASCADE,
    pool        VARCHAR(200)  NOT NULL,
    condition   VARCHAR(100)  NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (instance_id, pool, condition)
);

-- Acknowledgements sent to an instance that does not hold the alert: the instance holding the duty applies them.
CREATE TABLE fleet_ack (
    alert_id VARCHAR(512) PRIMARY KEY,
    who      VARCHAR(200) NOT NULL,
    at       TIMESTAMP WITH TIME ZONE NOT NULL
);
