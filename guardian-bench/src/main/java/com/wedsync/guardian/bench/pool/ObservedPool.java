package com.wedsync.guardian.bench.pool;

import com.vladmihalcea.flexypool.FlexyPoolDataSource;
import com.vladmihalcea.flexypool.adaptor.HikariCPPoolAdapter;
import com.vladmihalcea.flexypool.config.FlexyPoolConfiguration;
import com.vladmihalcea.flexypool.strategy.IncrementPoolOnTimeoutConnectionAcquisitionStrategy;
import com.wedsync.guardian.hikari.HikariPoolProbe;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;

/** One HikariCP pool over in-memory H2, observed one of the ways being compared. */
enum ObservedPool {
    /** No tracker at all: HikariCP skips its extra timings. */
    BARE {
        @Override
        DataSource observe(HikariDataSource ds) {
            return ds;
        }
    },
    /** A tracker whose callbacks are empty: the floor for any observation through the tracker SPI. */
    NOOP_TRACKER {
        @Override
        DataSource observe(HikariDataSource ds) {
            ds.setMetricsTrackerFactory((name, stats) -> new IMetricsTracker() { });
            return ds;
        }
    },
    /** The guardian's chaining tracker. */
    GUARDIAN {
        @Override
        DataSource observe(HikariDataSource ds) {
            HikariPoolProbe.attach("bench", ds, Clock.systemUTC());
            return ds;
        }
    },
    /** HikariCP's own Micrometer tracker (what Spring Boot installs). */
    MICROMETER {
        @Override
        DataSource observe(HikariDataSource ds) {
            ds.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(new SimpleMeterRegistry()));
            return ds;
        }
    },
    /** FlexyPool's proxy data source with its increment-on-timeout strategy. */
    FLEXYPOOL {
        @Override
        DataSource observe(HikariDataSource ds) {
            FlexyPoolConfiguration<HikariDataSource> config =
                    new FlexyPoolConfiguration.Builder<>("bench-" + UUID.randomUUID(), ds, HikariCPPoolAdapter.FACTORY)
                            .setJmxEnabled(false)
                            .build();
            FlexyPoolDataSource<HikariDataSource> flexy = new FlexyPoolDataSource<>(config,
                    new IncrementPoolOnTimeoutConnectionAcquisitionStrategy.Factory<>(5));
            flexy.start();
            return flexy;
        }
    };

    /** Wraps or instruments a pool that has not started yet; returns what the application would call. */
    abstract DataSource observe(HikariDataSource ds);

    /** A pool of {@code size} connections (kept open), not started yet. */
    static HikariDataSource newPool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setPoolName("bench-" + UUID.randomUUID().toString().substring(0, 8));
        HikariDataSource ds = new HikariDataSource();
        config.copyStateTo(ds);
        return ds;
    }
}
