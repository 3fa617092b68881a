/**
 * This instance's side of the fleet (issue 12): its heartbeat each tick, the reservations the store granted
 * (the scaling engine's {@link com.wedsync.guardian.fleet.FleetLimits}), freezing when the store cannot be
 * reached or the lease was lost, and the fleet's view read back from the store.
 */
package com.wedsync.guardian.app.fleet;
