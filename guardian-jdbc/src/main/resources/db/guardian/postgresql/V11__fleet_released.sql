-- The fleet, fourth round (issue 12): connections a pool closed a moment ago still count as the fleet's.
-- A pool that gives back closes its connections asynchronously, and every instance's server view may be a refresh old,
-- so for a lease after a pool's open connections fell the server may still show connections no reservation covers.
-- They are the fleet's, not a peak of outside clients: released_recent sums the connections the pools reported closed
-- since released_until was last passed, and counts as what the fleet may hold until released_until (the store's clock).
ALTER TABLE fleet_budget ADD COLUMN released_recent INT NOT NULL DEFAULT 0;
ALTER TABLE fleet_budget ADD COLUMN released_until TIMESTAMP WITH TIME ZONE;
