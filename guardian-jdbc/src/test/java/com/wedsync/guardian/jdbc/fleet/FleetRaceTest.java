package com.wedsync.guardian.jdbc.fleet;

import com.wedsync.guardian.fleet.DatabaseReport;
import com.wedsync.guardian.fleet.Grant;
import com.wedsync.guardian.fleet.Heartbeat;
import com.wedsync.guardian.fleet.PoolReport;
import com.wedsync.guardian.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 3: two instances racing for the last connections of a database, exactly one gets them.
 * The test holds instance a inside its transaction, with the budget row locked, while b asks: b must wait
 * for a's grant and then see it. Without the row lock both read the old reservations and both grow.
 */
class FleetRaceTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    // max_connections 31 - reserved 3 - margin 5 = 23 usable; a and b hold 10 each: 3 left
    private static final List<DatabaseReport> MAIN = List.of(new DatabaseReport("main", true, 31, 3, 5, 20));

    private final FleetSchema schema;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    FleetRaceTest() throws SQLException {
        schema = new FleetSchema();
    }

    @AfterEach
    void drop() throws SQLException {
        threads.shutdownNow();
        schema.close();
    }

    private static Heartbeat beat(String instance, int wanted) {
        return new Heartbeat(instance, LEASE, List.of(new PoolReport("orders", "main", 10, 2, 10, 10, wanted, 1, 1)), MAIN);
    }

    @Test
    void twoInstancesRacingForTheLastConnectionsExactlyOneGetsThem() throws Exception {
        FleetStore plain = schema.fleet();
        plain.beat(beat("a", 10));
        plain.beat(beat("b", 10));
        plain.beat(beat("a", 10));

        CountDownLatch aHoldsTheLock = new CountDownLatch(1);
        CountDownLatch letAGo = new CountDownLatch(1);
        FleetStore held = holding(aHoldsTheLock, letAGo);
        Future<Grant> a = threads.submit(() -> held.beat(beat("a", 13)).grants().get("orders"));
        assertThat(aHoldsTheLock.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Grant> b = threads.submit(() -> plain.beat(beat("b", 13)).grants().get("orders"));
        Eventually.await(Duration.ofSeconds(30), "b waits on the budget row's lock (or, without one, is done)",
                () -> b.isDone() || waitingOnALock());
        letAGo.countDown();

        Grant ga = a.get(30, TimeUnit.SECONDS);
        Grant gb = b.get(30, TimeUnit.SECONDS);
        assertThat(ga.reservation() + gb.reservation()).as("reservations within the usable 23").isLessThanOrEqualTo(23);
        assertThat(List.of(ga.reservation(), gb.reservation())).containsExactlyInAnyOrder(13, 10);
        assertThat(gb.reason()).contains("others' reservations 13");
    }

    /** A store that, with the budget row locked, says so and waits until the test lets it go on. */
    private FleetStore holding(CountDownLatch locked, CountDownLatch letGo) {
        return new FleetStore(schema.store.dataSource(), db -> {
            locked.countDown();
            try {
                letGo.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private boolean waitingOnALock() {
        try (Connection c = DriverManager.getConnection(FleetSchema.ADMIN_URL, "postgres", null);
             PreparedStatement s = c.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND wait_event_type = 'Lock'")) {
            s.setString(1, schema.schema);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    @Test
    void theLockIsPerDatabaseSoInstancesOnOtherDatabasesDoNotWait() throws Exception {
        FleetStore plain = schema.fleet();
        CountDownLatch aHoldsTheLock = new CountDownLatch(1);
        CountDownLatch letAGo = new CountDownLatch(1);
        FleetStore held = holding(aHoldsTheLock, letAGo);
        Future<Grant> a = threads.submit(() -> held.beat(beat("a", 13)).grants().get("orders"));
        assertThat(aHoldsTheLock.await(30, TimeUnit.SECONDS)).isTrue();
        Heartbeat other = new Heartbeat("c", LEASE, List.of(new PoolReport("reports", "analytics", 5, 1, 5, 5, 8, 1, 1)),
                List.of(new DatabaseReport("analytics", true, 50, 3, 5, 5)));
        Grant c = CompletableFuture.supplyAsync(() -> plain.beat(other).grants().get("reports")).get(30, TimeUnit.SECONDS);
        letAGo.countDown();

        assertThat(c.reservation()).isEqualTo(8);
        assertThat(a.get(30, TimeUnit.SECONDS).reservation()).isEqualTo(13);
    }
}
