package com.wedsync.guardian.scaling;

import com.wedsync.guardian.fleet.FleetLimit;
import com.wedsync.guardian.fleet.FleetLimits;
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

/** Issue 12: with a fleet, a pool grows only into its reservation and gives back above its share. */
class FleetScalingTest {

    private static final Instant T0 = Instant.parse("2026-06-13T09:00:00Z");
    private static final ScalingPolicy ENFORCE = ScalingPolicy.builder().mode(ScalingMode.ENFORCE).floor(2).ceiling(60)
            .saturationCeiling(60).cooldown(Duration.ZERO).build();

    private final RecordingResizer resizer = new RecordingResizer(new PoolSize(10, 2));
    private final ScalingEngine engine = new ScalingEngine(Clock.fixed(T0, ZoneOffset.UTC), AuditLog.inMemory(), new Overrides());
    private final AtomicReference<Optional<FleetLimit>> limit = new AtomicReference<>(Optional.empty());

    FleetScalingTest() {
        engine.register(new ManagedPool("orders", "main", resizer, ENFORCE));
        engine.fleet(pool -> limit.get());
    }

    private Decision tick(PoolSnapshot s) {
        ServerView view = new ServerView("main", T0, true, "", 100, 3, Map.of("active", s.total()), Map.of());
        return engine.tick(new TickInput(T0, Map.of("orders", s), WeddingContext.routine(T0), Map.of("main", view), Map.of())).get(0);
    }

    private PoolSnapshot saturated() {
        PoolSize size = resizer.size;
        return Snapshots.of(T0, size.max(), 0, size.max(), size.minIdle(), 30, 5, 900, 5);
    }

    private static Grant grant(int reservation, int share) {
        return new Grant("orders", "main", reservation, share, 7, "fleet reservation " + reservation + " (test arithmetic)");
    }

    @Test
    void growthStopsAtTheReservationAndTheReasonCarriesTheFleetArithmetic() {
        limit.set(Optional.of(FleetLimit.granted(grant(14, 14), max -> true)));
        Decision d = tick(saturated());

        assertThat(d.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(resizer.size.max()).isEqualTo(14);
        assertThat(d.reason()).contains("clipped to max 14 by the fleet's reservation (fleet reservation 14 (test arithmetic))");
    }

    @Test
    void aFrozenPoolDoesNotGrow() {
        limit.set(Optional.of(FleetLimit.frozen(10, "fleet store unreachable")));
        Decision d = tick(saturated());

        assertThat(d.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(resizer.size.max()).isEqualTo(10);
        assertThat(d.reason()).contains("fleet frozen at max 10: fleet store unreachable");
    }

    @Test
    void aGrantThatNoLongerStandsIsNotActedOn() {
        limit.set(Optional.of(FleetLimit.granted(grant(14, 14), max -> false)));
        Decision d = tick(saturated());

        assertThat(d.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(resizer.applied).isEmpty();
        assertThat(d.reason()).contains("the fleet grant behind it no longer stands");
    }

    @Test
    void aPoolAboveItsShareGivesBack() {
        limit.set(Optional.of(FleetLimit.granted(grant(10, 7), max -> true)));
        Decision d = tick(saturated());

        assertThat(d.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(resizer.size.max()).isEqualTo(7);
        assertThat(d.reason()).contains("giving back to the fleet share 7");
    }

    @Test
    void theEngineReportsWhatEachPoolWants() {
        engine.fleet(FleetLimits.NONE);
        tick(saturated());

        assertThat(engine.wanted().get("orders")).isGreaterThan(10);
    }
}
