-- Deployments a GitHub deployment protection rule holds until the freeze ends (issue 15): kept so that a restart
-- still answers them. One row per waiting deployment; removed once answered.
CREATE TABLE freeze_held_deployments (
    id              VARCHAR(600)             NOT NULL PRIMARY KEY,
    service         VARCHAR(100)             NOT NULL,
    environment     VARCHAR(255)             NOT NULL,
    callback_url    VARCHAR(500)             NOT NULL,
    installation_id BIGINT                   NOT NULL,
    held_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    held_until      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX freeze_held_deployments_until ON freeze_held_deployments (held_until);
