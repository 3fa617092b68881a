/**
 * The generated season ({@code generated[:SEED]}): seeded weddings and the load history they cause, for
 * the forecast command and the scenario benchmark when no real calendar and history are at hand.
 */
package com.wedsync.guardian.calendar.generated;
