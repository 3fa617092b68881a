package com.wedsync.guardian.jdbc.fleet;

import com.wedsync.guardian.fleet.ConditionGroup;
import com.wedsync.guardian.fleet.ConditionReport;
import com.wedsync.guardian.fleet.Contention;
import com.wedsync.guardian.fleet.DatabaseReport;
import com.wedsync.guardian.fleet.FleetRound;
import com.wedsync.guardian.fleet.FleetView;
import com.wedsync.guardian.fleet.Grant;
import com.wedsync.guardian.fleet.Heartbeat;
import com.wedsync.guardian.fleet.PoolReport;
import com.wedsync.guardian.health.HealthStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Issue 12 on the real PostgreSQL: membership, leases on the database's clock, the budget and its division. */
class FleetStoreTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    private final FleetSchema schema;
    private final FleetStore fleet;

    FleetStoreTest() throws SQLException {
        schema = new FleetSchema();
        fleet = schema.fleet();
    }

    @AfterEach
    void drop() throws SQLException {
        schema.close();
    }

    static Heartbeat beat(String instance, int max, int open, int wanted, int serverConnections, int maxConnections) {
        return new Heartbeat(instance, LEASE, List.of(new PoolReport("orders", "main", max, 2, open, open, wanted, 1, 1)),
                List.of(new DatabaseReport("main", true, maxConnections, 3, 5, serverConnections)));
    }

    static Heartbeat beat(String instance, int max, int open, int wanted, int serverConnections, int maxConnections,
                          Duration outsideHold) {
        Heartbeat hb = beat(instance, max, open, wanted, serverConnections, maxConnections);
        return new Heartbeat(hb.instance(), hb.lease(), hb.pools(), hb.databases(), hb.conditions(), outsideHold);
    }

    @Test
    void eachInstanceRegistersAndTheLeaseIsJudgedByTheDatabaseClock() {
        fleet.beat(beat("a", 10, 10, 10, 20, 100));
        fleet.beat(beat("b", 10, 10, 10, 20, 100));

        FleetView v = new FleetViewQuery(schema.store.dataSource()).read();
        assertThat(v.instances()).extracting(FleetView.Member::instance).containsExactly("a", "b");
        assertThat(v.instances()).allSatisfy(m -> {
            assertThat(m.live()).isTrue();
            assertThat(Duration.between(m.heartbeatAt(), m.leaseUntil())).isEqualTo(LEASE);
        });
        assertThat(v.pools()).extracting(FleetView.Pool::instance, FleetView.Pool::max, FleetView.Pool::reservation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 10, 10), org.assertj.core.groups.Tuple.tuple("b", 10, 10));
    }

    @Test
    void sixEqualPoolsWantingMoreThanTheDatabaseHasShareItFairlyAndNeverPassIt() {
        // max_connections 100 - reserved 3 - margin 5 = 92 usable when the six pools' 60 are all there is
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 6; i++) {
                fleet.beat(beat("i" + i, 10, 10, 40, 60, 100));
            }
        }
        FleetView v = new FleetViewQuery(schema.store.dataSource()).read();

        List<Integer> shares = v.pools().stream().map(FleetView.Pool::share).toList();
        assertThat(shares.stream().mapToInt(Integer::intValue).sum()).isEqualTo(92);
        assertThat(shares.stream().mapToInt(Integer::intValue).min().getAsInt() / (double) shares.stream()
                .mapToInt(Integer::intValue).max().getAsInt()).isGreaterThanOrEqualTo(0.8);
        assertThat(v.pools().stream().mapToInt(FleetView.Pool::reservation).sum()).isLessThanOrEqualTo(92);
        FleetView.Database main = v.databases().get(0);
        assertThat(main.usable()).isEqualTo(92);
        assertThat(main.wanted()).isEqualTo(240);
        assertThat(main.overcommitted()).isTrue();
    }

    @Test
    void connectionsOfNoRegisteredPoolAreOutsideClientsAndShrinkTheBudget() {
        FleetRound r = fleet.beat(beat("a", 10, 10, 40, 35, 100));

        Grant g = r.grants().get("orders");
        // 35 open on the server, 10 of them a's: 25 outside; 100 - 3 - 5 - 25 = 67
        assertThat(r.budgets().get(0).usable()).isEqualTo(67);
        assertThat(g.reservation()).isEqualTo(40);
        assertThat(g.reason()).contains("usable 67 = max_connections 100 - reserved 3 - margin 5 - outside clients 25"
                + " (server 35 - fleet's own 10)");
    }

    @Test
    void aBurstOfOutsideClientsCountsAtItsMostUntilTheHoldRunsOutByTheStoresClock() throws SQLException {
        Duration hold = Duration.ofMinutes(5);
        // a's 10 and 10 outside: 100 - 3 - 5 - 10 = 82
        assertThat(fleet.beat(beat("a", 10, 10, 90, 20, 100, hold)).budgets().get(0).usable()).isEqualTo(82);
        // a report opens 5 more for a moment: 77, and a's reservation stays within it
        FleetRound burst = fleet.beat(beat("a", 10, 10, 90, 25, 100, hold));
        assertThat(burst.budgets().get(0).usable()).isEqualTo(77);
        assertThat(burst.grants().get("orders").reservation()).isEqualTo(77);
        // it closed them: still counted at 15 while the hold lasts, so the next burst finds its connections free
        FleetRound after = fleet.beat(beat("a", 10, 10, 90, 20, 100, hold));
        assertThat(after.budgets().get(0).usable()).isEqualTo(77);
        assertThat(after.grants().get("orders").reservation()).isEqualTo(77);
        assertThat(after.grants().get("orders").reason()).contains("outside clients 15 (their most in the last 5m; now 10"
                + " = server 20 - fleet's own 10)");
        assertThat(new FleetViewQuery(schema.store.dataSource()).read().databases().get(0).budget().arithmetic())
                .isEqualTo(after.budgets().get(0).arithmetic());

        // five minutes later by the store's clock, the peak is gone
        schema.run("UPDATE fleet_budget SET outside_peak_at = outside_peak_at - interval '301 seconds'");
        assertThat(fleet.beat(beat("a", 10, 10, 90, 20, 100, hold)).budgets().get(0).usable()).isEqualTo(82);
    }

    @Test
    void anInstancesConnectionsFromBeforeItJoinedLeaveThePeakWhenItJoinsEvenBeforeItReadsTheServer() {
        Duration hold = Duration.ofMinutes(5);
        // b's pool opened 10 before b's first heartbeat: a sees 10 outside clients and 10 nobody accounts for yet
        assertThat(fleet.beat(beat("a", 10, 10, 90, 30, 100, hold)).budgets().get(0).usable()).isEqualTo(72);
        // b joins before its probe has read the server
        Heartbeat first = beat("b", 10, 10, 90, 30, 100, hold);
        fleet.beat(new Heartbeat("b", LEASE, first.pools(), List.of(new DatabaseReport("main", false, 0, 0, 0, 0)),
                List.of(), hold));

        FleetRound next = fleet.beat(beat("a", 10, 10, 90, 30, 100, hold));
        assertThat(next.budgets().get(0).usable()).as("b's 10 are the fleet's, not a peak of outside clients").isEqualTo(82);
        assertThat(next.budgets().get(0).arithmetic()).endsWith("outside clients 10 (server 30 - fleet's own 20)");
    }

    @Test
    void connectionsAPoolGaveBackAMomentAgoAreTheFleetsNotAPeakOfOutsideClients() {
        Duration hold = Duration.ofMinutes(5);
        // a holds 27 with 10 outside clients
        assertThat(fleet.beat(beat("a", 27, 27, 27, 37, 100, hold)).grants().get("orders").reservation()).isEqualTo(27);
        // a gave back to 8; its connections close asynchronously, and the server views still show them
        assertThat(fleet.beat(beat("a", 8, 8, 8, 37, 100, hold)).grants().get("orders").reservation()).isEqualTo(8);
        FleetRound b = fleet.beat(beat("b", 1, 0, 8, 37, 100, hold));
        assertThat(b.budgets().get(0).outsidePeak()).as("the 19 a gave back are not outside clients").isEqualTo(10);

        // once they are gone, the budget counts the 10 outside clients there are
        assertThat(fleet.beat(beat("a", 8, 8, 8, 18, 100, hold)).budgets().get(0).usable()).isEqualTo(82);
    }

    @Test
    void aPoolGrowingIntoItsGrantIsNoPeakButABurstWhileItHoldsLessThanItsReservationIs() throws SQLException {
        Duration hold = Duration.ofMinutes(5);
        // a alone with 10 outside clients: reserved 40 of usable 82
        assertThat(fleet.beat(beat("a", 10, 10, 40, 20, 100, hold)).grants().get("orders").reservation()).isEqualTo(40);
        // a grows into its grant and opens 30 before its next heartbeat reports them: b sees 50 on the server
        FleetRound growing = fleet.beat(beat("b", 1, 0, 1, 50, 100, hold));
        assertThat(growing.budgets().get(0).outsidePeak()).as("a's growth is the fleet's").isEqualTo(10);

        // a lease later a holds 20 of its 40, and a job opens 5 more: learnt, though a's reservation could cover them
        schema.run("UPDATE fleet_budget SET granted_until = clock_timestamp() - interval '1 second'");
        fleet.beat(beat("a", 20, 20, 40, 35, 100, hold));
        FleetRound burst = fleet.beat(beat("b", 1, 0, 1, 35, 100, hold));
        assertThat(burst.budgets().get(0).outsidePeak()).isEqualTo(15);
    }

    @Test
    void withNoHoldOutsideClientsCountAsTheyAreNow() {
        fleet.beat(beat("a", 10, 10, 90, 25, 100, Duration.ZERO));

        assertThat(fleet.beat(beat("a", 10, 10, 90, 20, 100, Duration.ZERO)).budgets().get(0).usable()).isEqualTo(82);
    }

    @Test
    void aDepartedInstancesConnectionsCountWhileOpenAndAreNotHeldOnceClosed() throws SQLException {
        Duration hold = Duration.ofMinutes(5);
        // max_connections 31: usable 31 - 3 - 5 = 23 with both registered and nothing else open
        fleet.beat(beat("a", 10, 10, 40, 20, 31, hold));
        fleet.beat(beat("b", 10, 10, 40, 20, 31, hold));

        schema.run("UPDATE fleet_instance SET lease_until = clock_timestamp() - interval '1 second' WHERE instance_id = 'b'");
        // a holds the duty and releases b: b's 10 still open count, as a departed instance's
        Grant open = fleet.beat(beat("a", 10, 10, 40, 20, 31, hold)).grants().get("orders");
        assertThat(open.reservation()).isEqualTo(13);
        assertThat(open.reason()).contains("outside clients 10 (server 20 - fleet's own 10, up to 10 of them departed"
                + " instances' until they close)");
        // once they close they are not held as a peak: a may have all of it at once
        Grant closed = fleet.beat(beat("a", 10, 10, 40, 10, 31, hold)).grants().get("orders");
        assertThat(closed.reservation()).isEqualTo(23);
    }

    @Test
    void eachGrantSaysWhetherTheFleetWantsMoreThanTheUsableBudgetSoAGiveBackWouldGoToPoolsThatWait() throws SQLException {
        // 100 - 3 - 5 = 92 usable: every connection open on the server is a pool's own
        Grant alone = fleet.beat(beat("a", 40, 10, 20, 10, 100)).grants().get("orders");
        assertThat(alone.share()).as("above its share only because it wants less").isEqualTo(20);
        assertThat(alone.contention()).isEqualTo(new Contention(20, 92));
        assertThat(alone.contention().contended()).isFalse();

        Grant joining = fleet.beat(beat("b", 10, 10, 80, 20, 100)).grants().get("orders");
        Grant again = fleet.beat(beat("a", 40, 10, 20, 20, 100)).grants().get("orders");
        assertThat(joining.contention()).isEqualTo(new Contention(100, 92));
        assertThat(again.contention().contended()).as("b waits for what a holds above its share").isTrue();
        assertThat(again.contention().describe()).isEqualTo("the fleet wants 100 of 92 usable connections");

        schema.run("UPDATE fleet_instance SET lease_until = clock_timestamp() - interval '1 second' WHERE instance_id = 'a'");
        FleetRound lapsed = fleet.beat(beat("a", 40, 10, 20, 20, 100));
        assertThat(lapsed.leaseLost()).isTrue();
        assertThat(lapsed.grants().get("orders").contention()).as("nothing divided on a lapsed lease").isEqualTo(Contention.UNKNOWN);
    }

    @Test
    void aStoppedInstanceDropsOutAfterItsLeaseAndItsReservationReturns() throws SQLException {
        // usable 92 - 20 outside... keep it small: max_connections 31: usable 31 - 3 - 5 = 23 with both registered
        fleet.beat(beat("a", 10, 10, 40, 20, 31));
        fleet.beat(beat("b", 10, 10, 40, 20, 31));
        Grant a = fleet.beat(beat("a", 10, 10, 40, 20, 31)).grants().get("orders");
        Grant b = fleet.beat(beat("b", 10, 10, 40, 20, 31)).grants().get("orders");
        assertThat(a.reservation() + b.reservation()).isEqualTo(23);

        schema.run("UPDATE fleet_instance SET lease_until = clock_timestamp() - interval '1 second' WHERE instance_id = 'b'");
        // b's 10 connections are still open: they count as outside clients until they close
        Grant afterLease = fleet.beat(beat("a", 10, 10, 40, 20, 31)).grants().get("orders");
        assertThat(afterLease.reservation()).isEqualTo(13);
        assertThat(afterLease.reason()).contains("outside clients 10");
        // once they are gone, a may have all of it
        Grant afterClose = fleet.beat(beat("a", 10, 10, 40, 10, 31)).grants().get("orders");
        assertThat(afterClose.reservation()).isEqualTo(23);
        assertThat(new FleetViewQuery(schema.store.dataSource()).read().instances())
                .filteredOn(m -> m.instance().equals("b")).singleElement().extracting(FleetView.Member::live).isEqualTo(false);
    }

    @Test
    void anInstanceWhoseLeaseLapsedIsToldSoHoldsItsSizeAndRejoinsOnTheNextBeat() throws SQLException {
        fleet.beat(beat("a", 10, 10, 40, 10, 100));
        schema.run("UPDATE fleet_instance SET lease_until = clock_timestamp() - interval '1 second' WHERE instance_id = 'a'");

        FleetRound lost = fleet.beat(beat("a", 10, 10, 40, 10, 100));
        FleetRound back = fleet.beat(beat("a", 10, 10, 40, 10, 100));

        assertThat(lost.leaseLost()).isTrue();
        assertThat(lost.grants().get("orders").reservation()).isEqualTo(10);
        assertThat(back.leaseLost()).isFalse();
        assertThat(back.grants().get("orders").reservation()).isEqualTo(40);
    }

    @Test
    void theFenceHoldsOnlyTheCurrentGrantOfALiveLease() throws SQLException {
        Grant g = fleet.beat(beat("a", 10, 10, 20, 10, 100)).grants().get("orders");
        assertThat(g.reservation()).isEqualTo(20);
        assertThat(g.token()).isPositive();

        assertThat(fleet.confirm("a", "orders", g.token(), 20)).isTrue();
        assertThat(fleet.confirm("a", "orders", g.token() - 1, 20)).as("an older token").isFalse();
        assertThat(fleet.confirm("a", "orders", g.token(), 21)).as("beyond the reservation").isFalse();
        schema.run("UPDATE fleet_instance SET lease_until = clock_timestamp() - interval '1 second' WHERE instance_id = 'a'");
        assertThat(fleet.confirm("a", "orders", g.token(), 20)).as("after the lease ran out").isFalse();
    }

    @Test
    void weightsFollowPriorityAndCriticality() {
        List<DatabaseReport> db = List.of(new DatabaseReport("main", true, 48, 3, 5, 20));
        // usable 40; a wedding in progress (4) at priority 1 against routine (1): 32 / 8
        for (int i = 0; i < 2; i++) {
            fleet.beat(new Heartbeat("w", LEASE, List.of(new PoolReport("orders", "main", 10, 2, 10, 10, 100, 1, 4)), db));
            fleet.beat(new Heartbeat("r", LEASE, List.of(new PoolReport("orders", "main", 10, 2, 10, 10, 100, 1, 1)), db));
        }
        FleetView v = new FleetViewQuery(schema.store.dataSource()).read();
        assertThat(v.pools()).extracting(FleetView.Pool::instance, FleetView.Pool::share)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("r", 8), org.assertj.core.groups.Tuple.tuple("w", 32));
        assertThat(v.pools().get(1).weight()).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void oneInstanceHoldsEachDatabasesDutyUntilItsLeaseRunsOut() throws SQLException {
        FleetRound a = fleet.beat(beat("a", 10, 10, 10, 20, 100));
        FleetRound b = fleet.beat(beat("b", 10, 10, 10, 20, 100));
        FleetRound aAgain = fleet.beat(beat("a", 10, 10, 10, 20, 100));
        assertThat(a.duties()).containsExactly("main");
        assertThat(b.duties()).isEmpty();
        assertThat(aAgain.duties()).containsExactly("main");
        assertThat(b.wanted()).containsEntry("main", 20);

        schema.run("UPDATE fleet_instance SET lease_until = clock_timestamp() - interval '1 second' WHERE instance_id = 'a'");
        schema.run("UPDATE fleet_budget SET duty_until = clock_timestamp() - interval '1 second'");
        assertThat(fleet.beat(beat("b", 10, 10, 10, 20, 100)).duties()).containsExactly("main");
    }

    @Test
    void theDutyHolderReadsEachPoolConditionGroupedAcrossTheLiveInstances() throws SQLException {
        ConditionReport saturated = new ConditionReport("orders", "saturation", HealthStatus.CRITICAL, "10 of 10 in use");
        fleet.beat(withConditions(beat("a", 10, 10, 10, 30, 100), List.of(saturated)));
        fleet.beat(withConditions(beat("b", 10, 10, 10, 30, 100), List.of(saturated)));
        fleet.beat(withConditions(beat("c", 10, 10, 10, 30, 100), List.of()));
        FleetRound a = fleet.beat(withConditions(beat("a", 10, 10, 10, 30, 100), List.of(saturated)));

        assertThat(a.groups()).singleElement().satisfies(g -> {
            assertThat(g.message()).isEqualTo("orders saturation on 2 of 3 instances: a, b (a: 10 of 10 in use)");
            assertThat(g.worst()).isEqualTo(HealthStatus.CRITICAL);
        });
        schema.run("UPDATE fleet_instance SET lease_until = clock_timestamp() - interval '1 second' WHERE instance_id = 'b'");
        assertThat(fleet.beat(withConditions(beat("a", 10, 10, 10, 30, 100), List.of(saturated))).groups())
                .singleElement().extracting(ConditionGroup::message).isEqualTo("orders saturation on 1 of 2 instances: a (a: 10 of 10 in use)");
    }

    private static Heartbeat withConditions(Heartbeat hb, List<ConditionReport> conditions) {
        return new Heartbeat(hb.instance(), hb.lease(), hb.pools(), hb.databases(), conditions);
    }

    @Test
    void aPoolNoLongerReportedLeavesTheFleet() {
        fleet.beat(beat("a", 10, 10, 10, 10, 100));
        fleet.beat(new Heartbeat("a", LEASE, List.of(), List.of()));

        assertThat(new FleetViewQuery(schema.store.dataSource()).read().pools()).isEmpty();
        assertThat(IntStream.of(fleet.forgetDeparted(3600))).containsExactly(0);
    }
}
