package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.wedding.WeddingContext;

/**
 * One pool as the API shows it: its latest snapshot, its health with reasons, and the wedding context as it
 * applies to this pool (EMERGENCY when this pool is CRITICAL or DOWN during a wedding).
 */
public record PoolStatus(String name, String database, PoolSnapshot snapshot, PoolHealth health,
                         WeddingContext context) {
}
