package com.wedsync.guardian.metrics.binder;

import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.pool.PoolSnapshot;

/** One pool's latest snapshot and health ({@code health} may be null: not judged yet). */
record PoolReading(PoolSnapshot snapshot, PoolHealth health) {
}
