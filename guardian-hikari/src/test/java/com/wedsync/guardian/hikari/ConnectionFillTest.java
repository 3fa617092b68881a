package com.wedsync.guardian.hikari;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.testing.Eventually;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A grow's connections are opened now, several at once, and never past the maximum (real PostgreSQL). */
class ConnectionFillTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void aRaisedFloorIsOpenedNowNotAtTheHousekeepersNextRun() throws Exception {
        try (HikariDataSource ds = new HikariDataSource(Postgres.config(Postgres.PORT, 2, 2))) {
            HikariPool pool = (HikariPool) ds.getHikariPoolMXBean();
            Eventually.until(PATIENCE, "the initial 2 connections", pool::getTotalConnections, n -> n == 2);

            HikariPoolResizer.of("prewarm", ds).resize(new PoolSize(24, 24));

            // Nobody waits for a connection, and HikariCP's housekeeper would only look again in 30 s.
            Eventually.until(PATIENCE, "24 idle connections opened ahead of the load", pool::getIdleConnections, n -> n == 24);
            ThreadPoolExecutor adder = PoolInternals.HIKARI.connectionAdder(pool).orElseThrow();
            assertThat(adder.getLargestPoolSize()).as("connections opened several at once").isEqualTo(HikariPoolResizer.DEFAULT_FILL_PARALLELISM);
            Eventually.until(PATIENCE, "the connection adder back to its single thread", adder::getCorePoolSize, n -> n == 1);
            assertThat(adder.getMaximumPoolSize()).isEqualTo(1);
        }
    }

    @Test
    void underLoadTheGrowNeverOpensMoreThanTheMaximum() throws Exception {
        try (HikariDataSource ds = new HikariDataSource(Postgres.config(Postgres.PORT, 10, 10));
             Workload app = new Workload(ds)) {
            ds.setConnectionTimeout(30_000);
            HikariPool pool = (HikariPool) ds.getHikariPoolMXBean();
            app.loop(60, "SELECT pg_sleep(0.02)");
            Eventually.until(PATIENCE, "workers queueing on a pool of 10", pool::getThreadsAwaitingConnection, n -> n > 0);

            HikariPoolResizer.of("checkout", ds).resize(new PoolSize(40, 40));

            ThreadPoolExecutor adder = PoolInternals.HIKARI.connectionAdder(pool).orElseThrow();
            AtomicInteger highest = new AtomicInteger();
            // Duration.ZERO: sample without pausing, so that no overshoot slips between two looks.
            Eventually.await(PATIENCE, Duration.ZERO, "40 connections open and the connection adder back to one thread", () -> {
                highest.accumulateAndGet(pool.getTotalConnections(), Math::max);
                return pool.getTotalConnections() == 40 && adder.getCorePoolSize() == 1;
            });
            highest.accumulateAndGet(pool.getTotalConnections(), Math::max);
            assertThat(pool.getTotalConnections()).as("open connections after the grow").isEqualTo(40);
            assertThat(highest.get()).as("the most connections ever open during the grow").isLessThanOrEqualTo(40);
            assertThat(adder.getCorePoolSize()).isEqualTo(1);
        }
    }

    @Test
    void aFillCanBeLimitedToHikariCpsOwnPaceButStillStartsNow() throws Exception {
        try (HikariDataSource ds = new HikariDataSource(Postgres.config(Postgres.PORT, 2, 2))) {
            HikariPool pool = (HikariPool) ds.getHikariPoolMXBean();
            HikariPoolResizer.of("serial", ds).withFillParallelism(1).resize(new PoolSize(8, 8));
            Eventually.until(PATIENCE, "8 idle connections, one at a time", pool::getIdleConnections, n -> n == 8);
            assertThat(PoolInternals.HIKARI.connectionAdder(pool).orElseThrow().getLargestPoolSize()).isEqualTo(1);
            assertThatThrownBy(() -> HikariPoolResizer.of("serial", ds).withFillParallelism(0))
                    .hasMessage("fillParallelism must be between 1 and 16, but was 0");
        }
    }
}
