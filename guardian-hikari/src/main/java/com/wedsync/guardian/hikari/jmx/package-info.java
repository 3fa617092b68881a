/**
 * Observes and resizes a HikariCP pool in another JVM over JMX (the pool needs {@code registerMbeans=true}):
 * {@link com.wedsync.guardian.hikari.jmx.JmxPoolProbe} reads its {@code Pool (NAME)} and
 * {@code PoolConfig (NAME)} beans, {@link com.wedsync.guardian.hikari.jmx.JmxPoolResizer} writes the latter.
 * A lost connection makes the pool UNKNOWN and is re-established with exponential backoff, attempted
 * inside {@code snapshot()} with a bounded wait, so no background thread keeps it alive.
 */
package com.wedsync.guardian.hikari.jmx;
