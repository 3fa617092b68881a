package com.wedsync.guardian.hikari;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wedsync.guardian.pool.PoolResizer.ResizeException;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.testing.Eventually;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Resizing a real pool over the real PostgreSQL under load: capacity follows, in both directions. */
class HikariPoolResizerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void growsUnderLoadAndShrinksUntilTheTotalHasFallen() throws Exception {
        try (HikariDataSource ds = new HikariDataSource(Postgres.config(Postgres.PORT, 10, 10));
             Workload app = new Workload(ds)) {
            // Reaching the database through a pool that is too small: 40 workers, 10 connections.
            ds.setConnectionTimeout(30_000);
            HikariPoolProbe probe = HikariPoolProbe.attach("checkout", ds, Clock.systemUTC());
            HikariPoolResizer resizer = HikariPoolResizer.of("checkout", ds);
            app.loop(40, "SELECT pg_sleep(0.02)");
            PoolSnapshot starved = Eventually.until(PATIENCE, "workers queueing on a pool of 10", probe::snapshot,
                    s -> s.pending() > 0 && s.total() == 10);
            assertThat(starved.used()).isEqualTo(10);

            resizer.resize(new PoolSize(40, 40));
            assertThat(resizer.current()).isEqualTo(new PoolSize(40, 40));
            PoolSnapshot grown = Eventually.until(PATIENCE, "40 connections open", probe::snapshot, s -> s.total() == 40);
            assertThat(grown.max()).isEqualTo(40);
            assertThat(grown.minIdle()).isEqualTo(40);

            resizer.resize(new PoolSize(10, 10));
            resizer.softEvictIdle();
            PoolSnapshot shrunk = Eventually.until(PATIENCE, "the total back at 10", probe::snapshot, s -> s.total() <= 10);
            assertThat(shrunk.max()).isEqualTo(10);
            assertThat(shrunk.used()).isLessThanOrEqualTo(10);
            long served = app.successes.sum();
            Eventually.until(PATIENCE, "work still served after the shrink", app.successes::sum, n -> n > served + 20);
        }
    }

    @Test
    void refusedOrImpossibleResizesSayWhy() throws Exception {
        HikariDataSource lazy = new HikariDataSource();
        Postgres.config(Postgres.PORT, 2, 1).copyStateTo(lazy);
        HikariPoolResizer notStarted = HikariPoolResizer.of("lazy", lazy);
        assertThatThrownBy(notStarted::softEvictIdle).isInstanceOf(ResizeException.class).hasMessageContaining("not started");
        assertThat(notStarted.current()).isEqualTo(new PoolSize(2, 1));

        HikariDataSource closed = new HikariDataSource(Postgres.config(Postgres.PORT, 2, 1));
        closed.close();
        assertThatThrownBy(() -> HikariPoolResizer.of("gone", closed).resize(new PoolSize(4, 2)))
                .isInstanceOf(ResizeException.class).hasMessage("pool gone is closed");
    }
}
