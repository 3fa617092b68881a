/**
 * Pool sizing: the planner (forecast + live pressure, HPA-like stabilization), the safety checks
 * (protected window, database headroom, saturation ceiling, min-idle, cooldown), emergency
 * overrides, the audit log SPI, and the engine that applies, verifies and rolls back changes
 * through the {@link com.wedsync.guardian.pool.PoolResizer} SPI.
 */
package com.wedsync.guardian.scaling;
