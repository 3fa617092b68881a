package com.wedsync.guardian.bench.scenario;

import com.vladmihalcea.flexypool.FlexyPoolDataSource;
import com.vladmihalcea.flexypool.exception.ConnectionAcquisitionException;
import com.wedsync.guardian.testing.Eventually;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reactive policy is FlexyPool itself, growing a real HikariCP pool on the real PostgreSQL. */
class FlexyPoolSizingTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final int OVERGROW_LIMIT = 4;

    private final ExecutorService holders = Executors.newFixedThreadPool(OVERGROW_LIMIT);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger held = new AtomicInteger();
    private HikariDataSource pool;

    @BeforeEach
    void start() {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(URL);
        c.setUsername("postgres");
        c.setPoolName("scenario-reactive-it");
        c.setConnectionTimeout(250);
        c.setMaximumPoolSize(2);
        c.setMinimumIdle(2);
        pool = new HikariDataSource(c);
    }

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        holders.shutdown();
        holders.awaitTermination(10, TimeUnit.SECONDS);
        pool.close();
    }

    private void holdOneConnection(DataSource ds) {
        holders.execute(() -> {
            try (Connection c = ds.getConnection()) {
                held.incrementAndGet();
                release.await();
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void eachTimeoutRaisesTheRealPoolByOneUpToTheOvergrowLimitThenTheCallerFailsAfterFlexyPoolsRetries() {
        FlexyPoolSizing reactive = new FlexyPoolSizing(OVERGROW_LIMIT);
        DataSource ds = reactive.dataSource(pool);
        assertThat(ds).isInstanceOf(FlexyPoolDataSource.class);

        for (int i = 0; i < OVERGROW_LIMIT; i++) {
            holdOneConnection(ds);
        }
        Eventually.await(Duration.ofSeconds(10), "4 connections held from a pool of 2", () -> held.get() == OVERGROW_LIMIT);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(OVERGROW_LIMIT);
        assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isEqualTo(OVERGROW_LIMIT);
        assertThat(reactive.actions()).as("one raise per timeout, 2 -> 4").isEqualTo(2);

        // At the limit: one more attempt by the increment strategy, then the retry strategy's, each a full HikariCP timeout.
        long t0 = System.nanoTime();
        assertThatThrownBy(ds::getConnection).isInstanceOf(ConnectionAcquisitionException.class);
        long waitedMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(waitedMs).isGreaterThanOrEqualTo(250L * (1 + FlexyPoolSizing.RETRY_ATTEMPTS));
        assertThat(pool.getMaximumPoolSize()).isEqualTo(OVERGROW_LIMIT);
        assertThat(reactive.actions()).isEqualTo(2);
    }
}
