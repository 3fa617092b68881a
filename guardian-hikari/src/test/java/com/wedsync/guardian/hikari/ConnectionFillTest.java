package com.wedsync.guardian.hikari;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wedsync.guardian.pool.PoolSize;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;

/** A grow's connections are opened now, several at once, and never past the maximum (real PostgreSQL). */
class ConnectionFillTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void aRaisedFloorIsOpenedNowNotAtTheHousekeepersNextRun() throws Exception {
        try (HikariDataSource ds = new HikariDataSource(Postgres.config(Postgres.PORT, 2, 2))) {
            HikariPool pool = (HikariPool) ds.getHikariPoolMXBean();
            Poll.until(PATIENCE, pool::getTotalConnections, n -> n == 2, "the initial 2 connections");

            HikariPoolResizer.of("prewarm", ds).resize(new PoolSize(24, 24));

            // Nobody waits for a connection, and HikariCP's housekeeper would only look again in 30 s.
            Poll.until(PATIENCE, pool::getIdleConnections, n -> n == 24, "24 idle connections opened ahead of the load");
            ThreadPoolExecutor adder = PoolInternals.connectionAdder(pool).orElseThrow();
            assertThat(adder.getLargestPoolSize()).as("connections opened several at once").isEqualTo(HikariPoolResizer.DEFAULT_FILL_PARALLELISM);
            Poll.until(PATIENCE, adder::getCorePoolSize, n -> n == 1, "the connection adder back to its single thread");
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
            Poll.until(PATIENCE, pool::getThreadsAwaitingConnection, n -> n > 0, "workers queueing on a pool of 10");

            HikariPoolResizer.of("checkout", ds).resize(new PoolSize(40, 40));

            ThreadPoolExecutor adder = PoolInternals.connectionAdder(pool).orElseThrow();
            int highest = 0;
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline && !(pool.getTotalConnections() == 40 && adder.getCorePoolSize() == 1)) {
                highest = Math.max(highest, pool.getTotalConnections());
                Thread.onSpinWait();
            }
            highest = Math.max(highest, pool.getTotalConnections());
            assertThat(pool.getTotalConnections()).as("open connections after the grow").isEqualTo(40);
            assertThat(highest).as("the most connections ever open during the grow").isLessThanOrEqualTo(40);
            assertThat(adder.getCorePoolSize()).isEqualTo(1);
        }
    }

    @Test
    void aFillCanBeLimitedToHikariCpsOwnPaceButStillStartsNow() throws Exception {
        try (HikariDataSource ds = new HikariDataSource(Postgres.config(Postgres.PORT, 2, 2))) {
            HikariPool pool = (HikariPool) ds.getHikariPoolMXBean();
            HikariPoolResizer.of("serial", ds).withFillParallelism(1).resize(new PoolSize(8, 8));
            Poll.until(PATIENCE, pool::getIdleConnections, n -> n == 8, "8 idle connections, one at a time");
            assertThat(PoolInternals.connectionAdder(pool).orElseThrow().getLargestPoolSize()).isEqualTo(1);
            assertThatThrownBy(() -> HikariPoolResizer.of("serial", ds).withFillParallelism(0))
                    .hasMessage("fillParallelism must be between 1 and 16, but was 0");
        }
    }
}
