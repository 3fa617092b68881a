/**
 * {@code guardian demo}: an in-memory H2 database, a HikariCP pool over it, a workload shaped like a wedding
 * Saturday on a compressed clock, and the guardian watching it all in one JVM.
 */
package com.wedsync.guardian.app.demo;
