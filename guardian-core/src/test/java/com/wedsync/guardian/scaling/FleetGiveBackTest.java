package com.wedsync.guardian.scaling;

import com.wedsync.guardian.fleet.FleetLimit;
import com.wedsync.guardian.fleet.Grant;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.wedding.WeddingContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 (a): the fleet's division is followed at once. A pool grows into its whole reservation in one step, a pool
 * above its share gives back before anything else (the cooldown and a verification in flight do not hold it), and a
 * give-back is kept even when the pool is worse for it (a rollback would take the connections back from the others).
 */
class FleetGiveBackTest {

    private static final Instant T0 = Instant.parse("2026-06-13T09:00:00Z");
    private static final ScalingPolicy ENFORCE = ScalingPolicy.builder().mode(ScalingMode.ENFORCE).floor(2).ceiling(60)
            .saturationCeiling(60).maxStep(4).cooldown(Duration.ofSeconds(30)).build();

    private final RecordingResizer resizer = new RecordingResizer(new PoolSize(10, 2));
    private final ScalingEngine engine = new ScalingEngine(Clock.fixed(T0, ZoneOffset.UTC), AuditLog.inMemory(), new Overrides());
    private final AtomicReference<Optional<FleetLimit>> limit = new AtomicReference<>(Optional.empty());

    FleetGiveBackTest() {
        engine.register(new ManagedPool("orders", "main", resizer, ENFORCE));
        engine.fleet(pool -> limit.get());
    }

    private void grant(int reservation, int share) {
        limit.set(Optional.of(FleetLimit.granted(new Grant("orders", "main", reservation, share, 7,
                "fleet reservation " + reservation + ", share " + share), max -> max <= reservation)));
    }

    private Decision tick(Instant at, PoolSnapshot s) {
        ServerView view = new ServerView("main", at, true, "", 100, 3, Map.of("active", s.total()), Map.of());
        return engine.tick(new TickInput(at, Map.of("orders", s), WeddingContext.routine(at), Map.of("main", view), Map.of())).get(0);
    }

    /** Every connection in use and threads waiting: the pool wants far more than it has. */
    private PoolSnapshot saturated(Instant at, long timeouts) {
        PoolSize size = resizer.size;
        return Snapshots.of(at, size.max(), 0, size.max(), size.minIdle(), 30, timeouts, 900, 5);
    }

    @Test
    void aPoolGrowsIntoItsWholeReservationInOneStepPastTheMaxStep() {
        grant(24, 24);

        Decision d = tick(T0, saturated(T0, 5));

        assertThat(d.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(resizer.size.max()).as("10 + maxStep 4 would be 14").isEqualTo(24);
        assertThat(d.reason()).contains("growing in one step to 24, the fleet's reservation for it (past the max step of 4)");
    }

    @Test
    void aPoolAboveItsShareGivesBackAtOnceThoughItsGrowthIsStillBeingVerifiedAndCoolingDown() {
        grant(20, 20);
        tick(T0, saturated(T0, 5));
        assertThat(resizer.size.max()).isEqualTo(20);

        // a second later another instance joined: the share fell to 12
        grant(20, 12);
        Instant t1 = T0.plusSeconds(1);
        Decision d = tick(t1, saturated(t1, 5));

        assertThat(resizer.size.max()).isEqualTo(12);
        assertThat(d.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(d.reason()).contains("giving back to the fleet share 12");
        assertThat(engine.status().get(0).lastDecision()).isPresent();
    }

    @Test
    void aGiveBackThatMakesThePoolWorseIsKeptNotRolledBack() {
        grant(10, 7);
        tick(T0, saturated(T0, 5));
        assertThat(resizer.size.max()).isEqualTo(7);

        java.util.List<Decision> decisions = new java.util.ArrayList<>();
        for (int s = 1; s <= 20; s++) {
            Instant at = T0.plusSeconds(s);
            // fewer connections for the same load: more timeouts than before the change
            decisions.add(tick(at, saturated(at, 9)));
        }

        assertThat(resizer.size.max()).as("the connections given back stay given").isEqualTo(7);
        assertThat(resizer.applied).extracting(PoolSize::max).containsExactly(7);
        assertThat(decisions).filteredOn(d -> d.outcome() == Outcome.INCONCLUSIVE).singleElement()
                .satisfies(d -> assertThat(d.reason()).contains("3 of 3 samples worse",
                        "kept though", "it gave back to the fleet's share, which a rollback would take again"));
        assertThat(decisions).noneMatch(d -> d.outcome() == Outcome.ROLLED_BACK);
    }

    @Test
    void aShrinkOfItsOwnThatIsNotYetVerifiedKeepsItsOldSizeHeldForTheFleet() {
        // the load has gone: after the stabilization window the planner shrinks on its own
        ScalingEngine quiet = new ScalingEngine(Clock.fixed(T0, ZoneOffset.UTC), AuditLog.inMemory(), new Overrides());
        RecordingResizer pool = new RecordingResizer(new PoolSize(20, 2));
        quiet.register(new ManagedPool("orders", "main", pool, ENFORCE.toBuilder().scaleDownWindow(Duration.ZERO).build()));
        ServerView view = new ServerView("main", T0, true, "", 100, 3, Map.of("active", 20), Map.of());
        quiet.tick(new TickInput(T0, Map.of("orders", Snapshots.of(T0, 1, 19, 20, 2, 0, 0)), WeddingContext.routine(T0),
                Map.of("main", view), Map.of()));

        assertThat(pool.size.max()).isLessThan(20);
        assertThat(quiet.holding()).as("a rollback could restore 20 until the shrink is verified").containsEntry("orders", 20);
    }
}
