package com.wedsync.guardian.hikari;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.PoolStats;
import com.zaxxer.hikari.pool.HikariPool;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the guardian's tracker on a HikariCP data source without displacing a tracker already there.
 * HikariCP takes a tracker factory once; the four cases:
 * <ol>
 * <li>not started, no factory: set a factory making the guardian's tracker;</li>
 * <li>not started, a factory set: replace it (allowed before start) by one that makes both trackers;</li>
 * <li>started, no tracker: {@code setMetricsTrackerFactory} is still allowed once and reaches the pool;</li>
 * <li>started with a tracker (a factory or a metric registry): the data source refuses a second factory,
 *     so the guardian reads the pool's tracker (reflection, {@link PoolInternals}) and gives the pool
 *     (public {@link HikariPool#setMetricsTrackerFactory}) a factory returning that same instance
 *     chained to the guardian's.</li>
 * </ol>
 * A data source with a metric registry but not started yet is handled at its first snapshot after
 * start (case 4), as is one whose factory someone replaced after the guardian attached.
 */
final class TrackerInstallation {

    private static final Logger LOG = LoggerFactory.getLogger(TrackerInstallation.class);

    private final String name;
    private final HikariDataSource ds;
    private final IntervalTracker guardian;
    private volatile boolean created;
    private volatile String missing = "";

    TrackerInstallation(String name, HikariDataSource ds, IntervalTracker guardian) {
        this.name = name;
        this.ds = ds;
        this.guardian = guardian;
    }

    /** True once the pool calls the guardian's tracker. */
    boolean active() {
        return created;
    }

    /** Why the guardian's tracker is not installed; empty when it is or may still be. */
    String missing() {
        return missing;
    }

    /** Installs now if the pool allows it, otherwise arranges for it at start. */
    void attach() {
        // HikariDataSource starts its pool while holding its own monitor: holding it too means the pool cannot start under us.
        synchronized (ds) {
            HikariPool pool = (HikariPool) ds.getHikariPoolMXBean();
            if (pool != null) {
                installOnRunning(pool);
            } else if (ds.getMetricRegistry() == null) {
                ds.setMetricsTrackerFactory(new ChainingFactory(ds.getMetricsTrackerFactory()));
            }
        }
    }

    /** Called at each snapshot: installs on a pool that started without the guardian's tracker. */
    void ensure(HikariPool pool) {
        if (!created && missing.isEmpty()) {
            synchronized (ds) {
                if (!created) {
                    installOnRunning(pool);
                }
            }
        }
    }

    private void installOnRunning(HikariPool pool) {
        if (ds.getMetricsTrackerFactory() == null && ds.getMetricRegistry() == null) {
            try {
                ds.setMetricsTrackerFactory(new ChainingFactory(null));
                return;
            } catch (IllegalStateException raced) {
                // Someone set a factory since we looked: fall through and chain to the tracker it made.
            }
        }
        Optional<IMetricsTracker> installed;
        try {
            installed = PoolInternals.HIKARI.installedTracker(pool);
        } catch (IllegalStateException e) {
            missing = "the pool already has a metrics tracker that cannot be read, so the guardian does not"
                    + " replace it; wait/use/create times and timeouts are not observed";
            LOG.warn("Pool {}: {} ({})", name, missing, e.getMessage());
            return;
        }
        IMetricsTracker previous = installed.orElse(null);
        pool.setMetricsTrackerFactory((poolName, stats) -> {
            created = true;
            return previous == null ? guardian : new ChainedTracker(guardian, previous);
        });
    }

    /** Makes the tracker of the factory set before (if any) and chains the guardian's to it. */
    private final class ChainingFactory implements MetricsTrackerFactory {
        private final MetricsTrackerFactory previous;

        ChainingFactory(MetricsTrackerFactory previous) {
            this.previous = previous;
        }

        @Override
        public IMetricsTracker create(String poolName, PoolStats poolStats) {
            IMetricsTracker theirs = previous == null ? null : previous.create(poolName, poolStats);
            created = true;
            return theirs == null ? guardian : new ChainedTracker(guardian, theirs);
        }
    }
}
