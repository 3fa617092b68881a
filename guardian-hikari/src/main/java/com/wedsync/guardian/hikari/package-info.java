/**
 * Observes and resizes HikariCP pools running in this JVM: {@link com.wedsync.guardian.hikari.HikariPoolProbe}
 * chains a lock-free metrics tracker onto the pool (never displacing one already installed) and reads the
 * pool's MXBeans; {@link com.wedsync.guardian.hikari.HikariPoolResizer} changes its size.
 */
package com.wedsync.guardian.hikari;
