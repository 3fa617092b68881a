package com.wedsync.guardian.hikari;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wedsync.guardian.testing.Eventually;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When a HikariCP version names a field differently, what reads it says so and falls back: no tracker to chain to
 * (an error the installation reports), no last failure, no oldest borrow, and a fill that still opens the connections,
 * one at a time. The fields read on the HikariCP in use are all found (this class runs on 7.x and, in a second
 * execution, on 6.3).
 */
class PoolInternalsFallbackTest {

    private static final PoolInternals DIFFERENT = new PoolInternals(Map.of(
            "PoolBase.metricsTracker", "trackerOfAnotherVersion",
            "PoolBase.lastConnectionFailure", "failureOfAnotherVersion",
            "HikariPool.connectionBag", "bagOfAnotherVersion",
            "HikariPool.addConnectionExecutor", "adderOfAnotherVersion"));

    @Test
    void everyFieldIsFoundOnTheHikariCpInUse() throws Exception {
        try (HikariDataSource ds = new HikariDataSource(H2Pools.config(4))) {
            HikariPool pool = (HikariPool) ds.getHikariPoolMXBean();
            assertThat(PoolInternals.HIKARI.canReadTracker()).isTrue();
            assertThat(PoolInternals.HIKARI.connectionAdder(pool)).isPresent();
            assertThat(PoolInternals.HIKARI.installedTracker(pool)).isEmpty();
        }
    }

    @Test
    void missingFieldsFallBackWithoutFailingTheProbe() throws Exception {
        try (HikariDataSource ds = new HikariDataSource(H2Pools.config(4))) {
            HikariPool pool = (HikariPool) ds.getHikariPoolMXBean();
            try (Connection held = ds.getConnection()) {
                assertThat(DIFFERENT.canReadTracker()).isFalse();
                assertThatThrownBy(() -> DIFFERENT.installedTracker(pool)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("not readable");
                assertThat(DIFFERENT.lastConnectionFailure(pool)).isEmpty();
                assertThat(DIFFERENT.oldestBorrowAgeMs(pool)).isZero();
                assertThat(DIFFERENT.connectionAdder(pool)).isEmpty();
            }
        }
    }

    @Test
    void withoutTheAdderAFillStillOpensTheConnectionsOneAtATime() throws Exception {
        try (HikariDataSource ds = new HikariDataSource(H2Pools.config(4))) {
            HikariPool pool = (HikariPool) ds.getHikariPoolMXBean();
            ds.setMaximumPoolSize(8);
            ds.setMinimumIdle(6);
            ConnectionFill.start(ds, 4, Duration.ofSeconds(10), DIFFERENT);
            Eventually.until(Duration.ofSeconds(10), "6 idle connections", pool::getIdleConnections, n -> n >= 6);
            assertThat(PoolInternals.HIKARI.connectionAdder(pool).orElseThrow().getLargestPoolSize())
                    .as("the pool's own adder kept its single thread").isEqualTo(1);
        }
    }
}
