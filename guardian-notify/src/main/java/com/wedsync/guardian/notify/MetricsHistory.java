package com.wedsync.guardian.notify;

import com.wedsync.guardian.pool.PoolSnapshot;

import java.time.Instant;
import java.util.List;

/** The recent snapshots of one pool, for the CSV attached to alert emails. The composition root supplies it. */
@FunctionalInterface
public interface MetricsHistory {

    /** Nothing recorded: emails go out without rows. */
    MetricsHistory NONE = (pool, now) -> List.of();

    /** Snapshots of {@code pool} taken in the hour before {@code now}, oldest first. */
    List<PoolSnapshot> lastHour(String pool, Instant now);
}
