-- The fleet, fourth round (issue 12): what the pools changed within the last lease still counts as the fleet's.
-- A pool that gives back closes its connections asynchronously, a pool that was granted more opens connections before
-- its next heartbeat reports them, and every instance's server view may be a refresh old: for a lease after such a
-- change the server may show connections the pools' reported open counts do not. They are the fleet's, not a peak of
-- outside clients. released_recent sums the connections the pools reported closed, granted_recent the reservations
-- raised, since the matching *_until was last passed; each counts as what the fleet may hold until then (the store's
-- clock).
ALTER TABLE fleet_budget ADD COLUMN released_recent INT NOT NULL DEFAULT 0;
ALTER TABLE fleet_budget ADD COLUMN released_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE fleet_budget ADD COLUMN granted_recent INT NOT NULL DEFAULT 0;
ALTER TABLE fleet_budget ADD COLUMN granted_until TIMESTAMP WITH TIME ZONE;
