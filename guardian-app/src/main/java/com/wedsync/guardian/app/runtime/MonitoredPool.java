package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.health.HealthAssessor;
import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.health.SnapshotWindow;
import com.wedsync.guardian.pool.PoolProbe;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.server.ServerView;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One watched pool: its probe, its recent window (for health), its last hour (for reports), and the
 * latest snapshot and health. Only the tick thread writes; readers see the volatile latest values.
 */
final class MonitoredPool implements AutoCloseable {

    private final PoolProbe probe;
    private final Optional<String> database;
    private final SnapshotWindow window;
    private final SnapshotHistory history = new SnapshotHistory(Duration.ofHours(1), Duration.ofSeconds(10));
    private volatile PoolSnapshot latest;
    private volatile PoolHealth health;

    MonitoredPool(PoolProbe probe, Optional<String> database, HealthAssessor assessor) {
        this.probe = probe;
        this.database = database;
        this.window = assessor.newWindow(probe.name());
    }

    String name() {
        return probe.name();
    }

    Optional<String> database() {
        return database;
    }

    PoolSnapshot observe(Instant now) {
        PoolSnapshot s = probe.snapshot(now);
        window.append(s);
        history.record(s);
        latest = s;
        return s;
    }

    PoolHealth assess(HealthAssessor assessor, ServerView view, Instant now) {
        PoolHealth h = assessor.assess(window, view, now);
        health = h;
        return h;
    }

    PoolSnapshot latest() {
        return latest;
    }

    PoolHealth health() {
        return health;
    }

    SnapshotHistory history() {
        return history;
    }

    @Override
    public void close() {
        probe.close();
    }
}
