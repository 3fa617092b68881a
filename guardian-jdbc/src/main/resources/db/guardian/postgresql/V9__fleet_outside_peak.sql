-- The fleet, third round (issue 12): clients outside the fleet count at their peak.
-- Connections of clients outside the fleet count in a database's budget at the most seen within fleet.outsideHold
-- (a burst that closes again is not divided among the pools, to be taken back by the next burst), except those a
-- departed instance's pools may still hold, which count while they are open. outside_peak is that most, of the
-- others; outside_peak_at when it was last seen (the store's clock); outside_departed the departed instances'
-- connections counted; outside_hold_ms the hold of the heartbeat that wrote them, for the fleet view's arithmetic.
-- All null until a heartbeat read the server.
ALTER TABLE fleet_budget ADD COLUMN outside_peak INT;
ALTER TABLE fleet_budget ADD COLUMN outside_peak_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE fleet_budget ADD COLUMN outside_departed INT;
ALTER TABLE fleet_budget ADD COLUMN outside_hold_ms BIGINT;
