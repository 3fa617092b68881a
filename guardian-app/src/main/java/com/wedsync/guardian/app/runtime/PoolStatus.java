package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.pool.PoolSnapshot;

/** One pool as the API shows it: its latest snapshot and its health with reasons. */
public record PoolStatus(String name, String database, PoolSnapshot snapshot, PoolHealth health) {
}
