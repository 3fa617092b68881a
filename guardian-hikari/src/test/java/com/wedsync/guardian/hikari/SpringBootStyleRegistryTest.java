package com.wedsync.guardian.hikari;

import static org.assertj.core.api.Assertions.assertThat;

import com.wedsync.guardian.pool.PoolSnapshot;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * Spring Boot gives HikariCP a Micrometer registry ({@code setMetricRegistry}), from which HikariCP makes
 * its own tracker at start. The guardian must chain to that tracker, before or after start, and the
 * application's {@code hikaricp.connections.*} metrics must go on counting every borrow.
 */
class SpringBootStyleRegistryTest {

    private static final int BORROWS = 20;

    @Test
    void registrySetBeforeStartKeepsMicrometerCounting() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (HikariDataSource ds = H2Pools.lazy(4)) {
            ds.setMetricRegistry(registry);
            HikariPoolProbe probe = HikariPoolProbe.attach("p", ds, Clock.systemUTC());
            TrackerChainingTest.borrowAndClose(ds, 1); // starts the pool with HikariCP's Micrometer tracker
            probe.snapshot();                          // the guardian chains on at its first snapshot after start
            assertBothCount(probe, ds, registry, 1);
        }
    }

    @Test
    void registrySetOnAStartedPoolKeepsMicrometerCounting() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        HikariConfig config = H2Pools.config(4);
        config.setMetricRegistry(registry);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            HikariPoolProbe probe = HikariPoolProbe.attach("p", ds, Clock.systemUTC());
            assertBothCount(probe, ds, registry, 0);
        }
    }

    private static void assertBothCount(HikariPoolProbe probe, HikariDataSource ds, SimpleMeterRegistry registry,
                                        int before) throws SQLException {
        probe.snapshot();
        TrackerChainingTest.borrowAndClose(ds, BORROWS);
        PoolSnapshot s = probe.snapshot();
        assertThat(probe.trackerMissing()).isEmpty();
        assertThat(s.waitTime().count()).isEqualTo(BORROWS);
        assertThat(s.useTime().count()).isEqualTo(BORROWS);
        Timer acquire = registry.get("hikaricp.connections.acquire").timer();
        Timer usage = registry.get("hikaricp.connections.usage").timer();
        assertThat(acquire.count()).isEqualTo(before + BORROWS);
        assertThat(usage.count()).isEqualTo(before + BORROWS);
    }
}
