package com.wedsync.guardian.scaling;

import com.wedsync.guardian.fleet.Contention;
import com.wedsync.guardian.fleet.FleetLimit;
import com.wedsync.guardian.fleet.Grant;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.server.ServerView;
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
 * Issue 12: on a wedding Saturday every pool is in a protected window all day. A pool above its fleet share gives back
 * there too while the database is contended (the others, serving weddings as well, wait for those connections), and
 * only then: not when it is above its share only because it wants less, and never while the fleet limit is frozen.
 */
class FleetGiveBackOnAWeddingDayTest {

    private static final Instant T0 = Instant.parse("2026-06-13T14:00:00Z");
    private static final ScalingPolicy ENFORCE = ScalingPolicy.builder().mode(ScalingMode.ENFORCE).floor(2).ceiling(60)
            .saturationCeiling(60).maxStep(4).cooldown(Duration.ofSeconds(30)).scaleDownWindow(Duration.ZERO).build();
    private static final Contention CONTENDED = new Contention(120, 92);
    private static final Contention NOT_CONTENDED = new Contention(40, 92);

    private final AuditLog audit = AuditLog.inMemory();
    private final RecordingResizer resizer = new RecordingResizer(new PoolSize(20, 2));
    private final ScalingEngine engine = new ScalingEngine(Clock.fixed(T0, ZoneOffset.UTC), audit, new Overrides());
    private final AtomicReference<Optional<FleetLimit>> limit = new AtomicReference<>(Optional.empty());

    FleetGiveBackOnAWeddingDayTest() {
        engine.fleet(pool -> limit.get());
    }

    private void register(ScalingPolicy policy) {
        engine.register(new ManagedPool("orders", "main", resizer, policy));
    }

    private void grant(int share, Contention contention) {
        limit.set(Optional.of(FleetLimit.granted(new Grant("orders", "main", 20, share, 7,
                "fleet reservation 20, share " + share, contention), max -> max <= 20)));
    }

    /** A tick inside the protected window of a wedding in progress (SafetyChecksTest's context). */
    private Decision tick(PoolSnapshot s) {
        ServerView view = new ServerView("main", T0, true, "", 100, 3, Map.of("active", s.total()), Map.of());
        return engine.tick(new TickInput(T0, Map.of("orders", s), SafetyChecksTest.protectedContext(T0), Map.of("main", view),
                Map.of())).get(0);
    }

    /** Every connection in use and threads waiting: the pool wants more than it has. */
    private PoolSnapshot saturated() {
        PoolSize size = resizer.size;
        return Snapshots.of(T0, size.max(), 0, size.max(), size.minIdle(), 30, 5, 900, 5);
    }

    /** Two connections in use of twenty: the pool wants far fewer than it has. */
    private PoolSnapshot quiet() {
        PoolSize size = resizer.size;
        return Snapshots.of(T0, 2, size.max() - 2, size.max(), size.minIdle(), 0, 0);
    }

    @Test
    void onAContendedDatabaseThePoolGivesBackToItsShareInsideTheProtectedWindowAndTheAuditSaysWhy() {
        register(ENFORCE);
        grant(12, CONTENDED);

        Decision d = tick(saturated());

        assertThat(d.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(resizer.applied).extracting(PoolSize::max).containsExactly(12);
        assertThat(d.overrideId()).as("no override needed").isEmpty();
        String why = "give-back to the fleet share 12 goes ahead inside the protected window (wedding in progress at Kew"
                + " Gardens): the fleet wants 120 of 92 usable connections, so the 8 connections it gives back go to pools"
                + " that wait for them";
        assertThat(d.verdicts()).filteredOn(v -> v.check().equals(SafetyChecks.PROTECTED_WINDOW)).singleElement()
                .satisfies(v -> {
                    assertThat(v.allowed()).isTrue();
                    assertThat(v.reason()).isEqualTo(why);
                });
        assertThat(audit.since(Instant.EPOCH, 10)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditOutcome.APPLIED);
            assertThat(e.reason()).contains("giving back to the fleet share 12", why);
            assertThat(e.gist()).isEqualTo(why);
        });
    }

    @Test
    void theGiveBackInsideTheWindowStopsAtTheFloorWhenTheShareIsBelowIt() {
        register(ENFORCE.toBuilder().floor(15).build());
        grant(12, CONTENDED);

        Decision d = tick(saturated());

        assertThat(d.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(resizer.size.max()).as("never below the policy's floor").isEqualTo(15);
        assertThat(d.reason()).contains("give-back to the fleet share 12 (held at the floor 15) goes ahead inside the protected"
                + " window", "the 5 connections it gives back");
    }

    @Test
    void onADatabaseThatIsNotContendedTheGiveBackIsAnOrdinaryShrinkAndStaysBlocked() {
        register(ENFORCE);
        // the pool wanted 8 at the last heartbeat and its share is that: nobody waits for the rest
        grant(8, NOT_CONTENDED);

        Decision d = tick(quiet());

        assertThat(d.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(d.reason()).startsWith("shrinking max=20 minIdle=2 -> max=8 minIdle=1 is blocked inside the protected window"
                + " (wedding in progress at Kew Gardens)").contains("giving back to the fleet share 8");
        assertThat(resizer.applied).isEmpty();
        assertThat(resizer.size.max()).isEqualTo(20);
    }

    @Test
    void aGrowthBeingVerifiedIsCutShortInsideTheWindowOnlyForAGiveBackThatGoesAhead() {
        register(ENFORCE);
        limit.set(Optional.of(FleetLimit.granted(new Grant("orders", "main", 24, 24, 7, "fleet reservation 24, share 24",
                CONTENDED), max -> max <= 24)));
        assertThat(tick(saturated()).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(resizer.size.max()).isEqualTo(24);

        // the share falls while the growth is verified, but nobody waits: the give-back would be blocked, so the
        // verification goes on
        grant(12, NOT_CONTENDED);
        Decision waiting = tick(saturated());
        assertThat(waiting.reason()).doesNotContain("verification cut short");
        assertThat(audit.since(Instant.EPOCH, 10)).noneSatisfy(e -> assertThat(e.reason()).contains("verification cut short"));

        // the others wait for it now: the verification is cut short and the pool gives back
        grant(12, CONTENDED);
        tick(saturated());
        assertThat(audit.since(Instant.EPOCH, 10)).anySatisfy(e -> assertThat(e.reason()).contains("verification cut short"));
        assertThat(resizer.size.max()).isEqualTo(12);
    }

    @Test
    void aFrozenFleetLimitKeepsBlockingEveryShrinkInsideTheProtectedWindow() {
        register(ENFORCE);
        grant(12, CONTENDED);
        // the store went away before the pool acted on that grant: the limit froze at the size it has
        limit.set(Optional.of(FleetLimit.frozen(20, "the fleet store cannot be reached")));

        Decision d = tick(quiet());

        assertThat(d.direction()).isEqualTo(Direction.SHRINK);
        assertThat(d.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(d.reason()).contains("is blocked inside the protected window").doesNotContain("give-back");
        assertThat(resizer.applied).isEmpty();
    }

    @Test
    void recommendModeSaysTheSameGiveBackWouldGoAheadInsideTheWindow() {
        register(ENFORCE.toBuilder().mode(ScalingMode.RECOMMEND).build());
        grant(12, CONTENDED);

        Decision d = tick(saturated());

        assertThat(d.outcome()).isEqualTo(Outcome.RECOMMENDED);
        assertThat(d.to().max()).isEqualTo(12);
        assertThat(d.verdicts()).filteredOn(v -> v.check().equals(SafetyChecks.PROTECTED_WINDOW)).singleElement()
                .satisfies(v -> assertThat(v.reason()).startsWith("give-back to the fleet share 12 goes ahead"));
        assertThat(resizer.applied).isEmpty();
    }
}
