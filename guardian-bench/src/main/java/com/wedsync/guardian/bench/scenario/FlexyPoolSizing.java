package com.wedsync.guardian.bench.scenario;

import com.vladmihalcea.flexypool.FlexyPoolDataSource;
import com.vladmihalcea.flexypool.adaptor.HikariCPPoolAdapter;
import com.vladmihalcea.flexypool.config.FlexyPoolConfiguration;
import com.vladmihalcea.flexypool.strategy.IncrementPoolOnTimeoutConnectionAcquisitionStrategy;
import com.vladmihalcea.flexypool.strategy.RetryConnectionAcquisitionStrategy;
import com.wedsync.guardian.server.ServerView;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.time.Instant;

/**
 * The reactive policy: FlexyPool 3.0.2 itself in front of the scenario's HikariCP pool. On the
 * caller's thread, an acquisition timeout raises the pool's maximum by one (unless another caller
 * just did) and tries again, up to the overgrow limit; there FlexyPool's retry strategy tries a few
 * more times before the caller gets the failure. It never shrinks; there is nothing to do on the tick.
 */
final class FlexyPoolSizing implements SizingController {

    /** FlexyPool's own HikariCP configuration pairs the increment strategy with two retries. */
    static final int RETRY_ATTEMPTS = 2;

    private final int overgrowLimit;
    private final FlexyPoolIncrements increments = new FlexyPoolIncrements();

    FlexyPoolSizing(int overgrowLimit) {
        this.overgrowLimit = overgrowLimit;
    }

    @Override
    public String name() {
        return "reactive";
    }

    /**
     * FlexyPool over the pool. Its timeout is the pool's: HikariCP throws a plain
     * SQLTransientConnectionException, which FlexyPool's HikariCP adapter recognises by class.
     */
    @Override
    public DataSource dataSource(HikariDataSource pool) {
        FlexyPoolConfiguration<HikariDataSource> config =
                new FlexyPoolConfiguration.Builder<>(pool.getPoolName(), pool, HikariCPPoolAdapter.FACTORY)
                        .setMetricsFactory(properties -> increments)
                        .build();
        FlexyPoolDataSource<HikariDataSource> flexy = new FlexyPoolDataSource<>(config,
                new IncrementPoolOnTimeoutConnectionAcquisitionStrategy.Factory<>(overgrowLimit, (int) pool.getConnectionTimeout()),
                new RetryConnectionAcquisitionStrategy.Factory<>(RETRY_ATTEMPTS));
        flexy.start(); // starts the metrics only, which have nothing to start or stop
        return flexy;
    }

    @Override
    public void tick(HikariDataSource ds, Instant sim, LoadDriver.Interval interval, long timeoutsTotal, ServerView view) {
    }

    /** The times FlexyPool raised the pool's maximum size. */
    @Override
    public int actions() {
        return increments.count();
    }

    @Override
    public int blockedActions() {
        return 0;
    }
}
