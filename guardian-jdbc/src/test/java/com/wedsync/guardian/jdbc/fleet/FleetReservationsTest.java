package com.wedsync.guardian.jdbc.fleet;

import com.wedsync.guardian.fleet.DatabaseReport;
import com.wedsync.guardian.fleet.Grant;
import com.wedsync.guardian.fleet.Heartbeat;
import com.wedsync.guardian.fleet.PoolReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 (a) on the real PostgreSQL: a pool that must shrink keeps what it still holds reserved until it has
 * shrunk, and the others grow only from what is free, so the connections never pass the usable budget while a
 * shrink is in flight. Database: max_connections 32, reserved 3, margin 5, the two pools' connections all there is.
 */
class FleetReservationsTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    private final FleetSchema schema;
    private final FleetStore fleet;

    FleetReservationsTest() throws SQLException {
        schema = new FleetSchema();
        fleet = schema.fleet();
    }

    @AfterEach
    void drop() throws SQLException {
        schema.close();
    }

    /** A heartbeat of {@code who}'s pool "orders" on main; {@code server}: client connections pg_stat_activity shows. */
    private Grant as(String who, PoolReport pool, int server) {
        return fleet.beat(new Heartbeat(who, LEASE, List.of(pool), List.of(new DatabaseReport("main", true, 32, 3, 5, server))))
                .grants().get("orders");
    }

    private Grant as(String who, int max, int open, int wanted, int server) {
        return as(who, new PoolReport("orders", "main", max, 1, open, open, wanted, 1, 1), server);
    }

    @Test
    void connectionsStillOpenAfterAGiveBackStayReservedUntilTheyClose() {
        // a came first and holds 14; b holds 10: the usable 24 is all taken
        as("a", 14, 14, 14, 24);
        as("b", 10, 10, 10, 24);
        // b wants 14 too: the share is 12 each, so a gives back 14 -> 12, but its 14 connections drain
        as("b", 10, 10, 14, 24);
        assertThat(as("a", 14, 14, 14, 24).share()).isEqualTo(12);
        as("a", 12, 14, 14, 24);
        Grant b = as("b", 10, 10, 14, 24);

        assertThat(b.share()).isEqualTo(12);
        assertThat(b.reservation()).as("the two connections a still has open are not free yet").isEqualTo(10);
        assertThat(14 + b.reservation()).as("a's open + b's reservation within the usable 24").isLessThanOrEqualTo(24);

        // drained: now b may have them
        as("a", 12, 12, 14, 22);
        assertThat(as("b", 10, 10, 14, 22).reservation()).isEqualTo(12);
    }

    @Test
    void aShrinkOfItsOwnNotYetVerifiedKeepsThePoolsOldSizeReserved() {
        as("a", 14, 14, 14, 24);
        as("b", 10, 10, 10, 24);
        // a shrank 14 -> 8 on its own (its load fell) and is verifying: a rollback could take it back to 14
        as("a", new PoolReport("orders", "main", 8, 1, 8, 8, 8, 1, 1, 14), 18);
        Grant b = as("b", 10, 10, 20, 18);

        assertThat(b.reservation()).as("the 6 a may take back are not free").isEqualTo(10);
        assertThat(b.reason()).contains("others' reservations 14");

        // verified: the 6 are given back
        as("a", new PoolReport("orders", "main", 8, 1, 8, 8, 8, 1, 1, 8), 18);
        assertThat(as("b", 10, 10, 20, 18).reservation()).isEqualTo(16);
    }

    @Test
    void aPoolThatMustGiveBackIsToldItsShareAndHoldsWhatItHasUntilThen() {
        as("a", 20, 20, 30, 20);
        as("b", 4, 4, 30, 24);
        Grant a = as("a", 20, 20, 30, 24);

        assertThat(a.share()).isEqualTo(12);
        assertThat(a.reservation()).as("held until a has shrunk").isEqualTo(20);
        assertThat(as("b", 4, 4, 30, 24).reservation()).as("nothing is free for b before a gives back").isEqualTo(4);
    }

    @Test
    void anInstanceThatCannotReadTheServerHoldsWhatItHasNeitherMoreNorLess() {
        as("a", 14, 14, 30, 24);
        as("b", 10, 10, 30, 24);
        Grant blind = fleet.beat(new Heartbeat("a", LEASE, List.of(new PoolReport("orders", "main", 14, 1, 14, 14, 30, 1, 1)),
                List.of(new DatabaseReport("main", false, 0, 0, 5, 0)))).grants().get("orders");

        assertThat(blind.reservation()).isEqualTo(14);
        assertThat(blind.share()).as("not told to give back on a budget it cannot see").isEqualTo(14);
        assertThat(blind.reason()).contains("no server view of database main, holding max 14");
    }
}
