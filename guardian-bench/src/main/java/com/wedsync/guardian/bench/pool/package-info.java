/**
 * JMH benchmarks of pool observation: what observing a HikariCP pool costs its hot path
 * ({@link com.wedsync.guardian.bench.pool.PoolObservationBenchmark}) and what a tick of many probes
 * costs the guardian ({@link com.wedsync.guardian.bench.pool.ProbeSnapshotBenchmark}). Results: BENCHMARKS.md.
 */
package com.wedsync.guardian.bench.pool;
