/**
 * {@code guardian bench fleet} and {@code guardian bench fleet-sim} (issue 12): K guardians in K JVMs on the real
 * PostgreSQL sharing one fleet store, one of them killed halfway; and many simulated instances in one JVM
 * heartbeating against the real store, to find where the store stops scaling.
 */
package com.wedsync.guardian.bench.fleet;
