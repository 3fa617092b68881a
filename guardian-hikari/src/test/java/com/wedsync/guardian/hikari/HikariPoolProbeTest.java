package com.wedsync.guardian.hikari;

import static org.assertj.core.api.Assertions.assertThat;

import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;
import com.wedsync.guardian.testing.Eventually;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/** Snapshot figures of a real pool over the real PostgreSQL, checked against a workload the test drives. */
class HikariPoolProbeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void countsHeldAndWaitingConnectionsAndTimeouts() throws Exception {
        try (HikariDataSource ds = new HikariDataSource(Postgres.config(Postgres.PORT, 4, 4));
             Workload app = new Workload(ds)) {
            HikariPoolProbe probe = HikariPoolProbe.attach("orders", ds, Clock.systemUTC());
            Eventually.until(PATIENCE, "the pool filled to its minimum", probe::snapshot, s -> s.total() == 4);

            long heldSince = System.nanoTime();
            app.hold(4);
            PoolSnapshot full = probe.snapshot();
            assertThat(full.reachability()).isEqualTo(Reachability.REACHABLE);
            assertThat(full.used()).isEqualTo(4);
            assertThat(full.idle()).isZero();
            assertThat(full.max()).isEqualTo(4);
            assertThat(full.minIdle()).isEqualTo(4);
            assertThat(full.utilisation()).isEqualTo(1.0);
            assertThat(full.waitTime().count()).isEqualTo(4);

            List<Future<Boolean>> waiters = app.tryBorrowOnce(3);
            LongAdder timeouts = new LongAdder();
            PoolSnapshot waiting = Eventually.until(PATIENCE, "3 threads waiting", () -> count(probe.snapshot(), timeouts),
                    s -> s.pending() == 3);
            assertThat(waiting.used()).isEqualTo(4);
            for (Future<Boolean> w : waiters) {
                assertThat(w.get()).as("a borrow from an exhausted pool times out").isFalse();
            }
            PoolSnapshot after = count(probe.snapshot(), timeouts);
            assertThat(timeouts.sum()).as("timeouts summed over the intervals").isEqualTo(3);
            assertThat(after.timeoutsTotal()).isEqualTo(3);
            assertThat(after.pending()).isZero();

            // The held connections are still out: the oldest borrow's age is the leak signal.
            PoolSnapshot leak = Eventually.until(PATIENCE, "a long hold", probe::snapshot, s -> s.longestHeldMs() >= 300);
            assertThat(leak.longestHeldMs()).isLessThanOrEqualTo(Duration.ofNanos(System.nanoTime() - heldSince).toMillis() + 1);

            app.release();
            PoolSnapshot released = probe.snapshot();
            assertThat(released.used()).isZero();
            assertThat(released.useTime().count()).isEqualTo(4);
            assertThat(released.useTime().maxMs()).isGreaterThanOrEqualTo(300);
            assertThat(released.longestHeldMs()).isGreaterThanOrEqualTo(300);
        }
    }

    @Test
    void waitTimeCoversTheTimedOutBorrows() throws Exception {
        try (HikariDataSource ds = new HikariDataSource(Postgres.config(Postgres.PORT, 1, 1));
             Workload app = new Workload(ds)) {
            HikariPoolProbe probe = HikariPoolProbe.attach("orders", ds, Clock.systemUTC());
            Eventually.until(PATIENCE, "the pool filled to its minimum", probe::snapshot, s -> s.total() == 1);
            app.hold(1);
            probe.snapshot();
            assertThat(app.tryBorrowOnce(1).get(0).get()).isFalse();
            PoolSnapshot s = probe.snapshot();
            assertThat(s.waitTime().count()).isEqualTo(1);
            // connectionTimeout is 250 ms: the failed borrow waited at least that long.
            assertThat(s.waitTime().maxMs()).isGreaterThanOrEqualTo(245);
            assertThat(s.timeoutsInterval()).isEqualTo(1);
        }
    }

    @Test
    void snapshotTakesTheInstantGivenAndTheClockOtherwise() throws Exception {
        Instant fixed = Instant.parse("2026-09-05T14:00:00Z");
        try (HikariDataSource ds = new HikariDataSource(Postgres.config(Postgres.PORT, 2, 1))) {
            HikariPoolProbe probe = HikariPoolProbe.attach("orders", ds, Clock.fixed(fixed, ZoneOffset.UTC));
            assertThat(probe.snapshot().at()).isEqualTo(fixed);
            assertThat(probe.snapshot(fixed.plusSeconds(5)).at()).isEqualTo(fixed.plusSeconds(5));
            assertThat(probe.name()).isEqualTo("orders");
        }
    }

    @Test
    void closedDataSourceIsDownNotAnException() {
        HikariDataSource ds = new HikariDataSource(Postgres.config(Postgres.PORT, 2, 1));
        HikariPoolProbe probe = HikariPoolProbe.attach("orders", ds, Clock.systemUTC());
        ds.close();
        PoolSnapshot s = probe.snapshot();
        assertThat(s.reachability()).isEqualTo(Reachability.DOWN);
        assertThat(s.cause()).contains("closed");
    }

    private static PoolSnapshot count(PoolSnapshot s, LongAdder timeouts) {
        timeouts.add(s.timeoutsInterval());
        return s;
    }
}
