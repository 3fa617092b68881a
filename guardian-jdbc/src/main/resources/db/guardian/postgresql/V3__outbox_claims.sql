-- Claims: a dispatcher sends a row only after taking it (lease_owner) until lease_until; a mark releases it.
-- reached: the recipients of a multi-recipient channel (SMS) that earlier attempts reached, as opaque keys.
ALTER TABLE guardian_outbox ADD COLUMN lease_owner VARCHAR(200);
ALTER TABLE guardian_outbox ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE guardian_outbox ADD COLUMN reached TEXT DEFAULT '' NOT NULL;
