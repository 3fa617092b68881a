/**
 * The fleet: many guardians sharing one database's connections. The pure parts live here: the weighted
 * max-min division of a budget ({@link com.wedsync.guardian.fleet.WaterFilling}), the budget arithmetic
 * ({@link com.wedsync.guardian.fleet.FleetBudget}), the reservation rule, what an instance reports each tick,
 * and the limit the scaling engine obeys ({@link com.wedsync.guardian.fleet.FleetLimit}). The store that holds
 * the fleet's rows and grants reservations under a row lock is in guardian-jdbc.
 */
package com.wedsync.guardian.fleet;
