package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.wedding.WeddingContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScalingEngineTest {

    private static final Instant T0 = Instant.parse("2026-06-13T09:00:00Z");
    private static final ScalingPolicy ENFORCE = ScalingPolicy.builder().mode(ScalingMode.ENFORCE).floor(2).ceiling(60)
            .saturationCeiling(60).cooldown(Duration.ofSeconds(30))
            .verification(VerificationPolicy.defaults().withWarmUp(Duration.ofSeconds(10)).withSamples(3)).build();

    private final AuditLog audit = AuditLog.inMemory();
    private final RecordingResizer resizer = new RecordingResizer(new PoolSize(10, 2));
    private final ScalingEngine engine = new ScalingEngine(Clock.fixed(T0, ZoneOffset.UTC), audit, new Overrides());

    private Decision tick(Instant at, PoolSnapshot s, WeddingContext ctx) {
        ServerView view = new ServerView("main", at, true, "", 100, 3, Map.of("idle", s.total()), Map.of());
        return engine.tick(new TickInput(at, Map.of("orders", s), ctx, Map.of("main", view), Map.of())).get(0);
    }

    private Decision tick(Instant at, PoolSnapshot s) {
        return tick(at, s, WeddingContext.routine(at));
    }

    private PoolSnapshot snap(Instant at, int used, int pending, long timeouts, double waitP99, double useP99) {
        PoolSize size = resizer.size;
        return Snapshots.of(at, used, Math.max(0, size.max() - used), size.max(), size.minIdle(), pending, timeouts, waitP99, useP99);
    }

    private List<String> auditOutcomes() {
        return audit.since(Instant.EPOCH, 100).stream().map(e -> e.outcome().label()).toList();
    }

    @Test
    void recommendModeReportsAndAuditsButNeverTouchesThePool() {
        engine.register(new ManagedPool("orders", "main", resizer, ENFORCE.toBuilder().mode(ScalingMode.RECOMMEND).build()));
        Decision d = tick(T0, snap(T0, 10, 8, 2, 400, 5));
        Decision again = tick(T0.plusSeconds(5), snap(T0.plusSeconds(5), 10, 8, 2, 400, 5));

        assertThat(d.outcome()).isEqualTo(Outcome.RECOMMENDED);
        assertThat(d.to().max()).isGreaterThan(10);
        assertThat(again.outcome()).isEqualTo(Outcome.RECOMMENDED);
        assertThat(resizer.applied).isEmpty();
        assertThat(auditOutcomes()).containsExactly("recommended");
        assertThat(engine.status().get(0).lastDecision()).contains(again);
    }

    @Test
    void observeModeMakesNoDecisions() {
        engine.register(new ManagedPool("orders", "main", resizer, ENFORCE.toBuilder().mode(ScalingMode.OBSERVE).build()));
        assertThat(tick(T0, snap(T0, 10, 8, 2, 400, 5)).outcome()).isEqualTo(Outcome.NONE);
        assertThat(resizer.applied).isEmpty();
        assertThat(audit.since(Instant.EPOCH, 10)).isEmpty();
    }

    @Test
    void enforceGrowsAtOnceThenVerifiesAfterTheWarmUp() {
        engine.register(new ManagedPool("orders", "main", resizer, ENFORCE));
        Decision grow = tick(T0, snap(T0, 10, 8, 2, 400, 5));
        assertThat(grow.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(resizer.size.max()).isEqualTo(24);
        assertThat(engine.status().get(0).pendingVerification()).hasValueSatisfying(s -> assertThat(s).contains("verifying grow"));

        assertThat(tick(T0.plusSeconds(5), snap(T0.plusSeconds(5), 14, 0, 0, 2, 5)).outcome()).isEqualTo(Outcome.NONE); // warm-up
        tick(T0.plusSeconds(10), snap(T0.plusSeconds(10), 14, 0, 0, 2, 5));
        tick(T0.plusSeconds(15), snap(T0.plusSeconds(15), 14, 0, 0, 2, 5));
        Decision verified = tick(T0.plusSeconds(20), snap(T0.plusSeconds(20), 14, 0, 0, 2, 5));

        assertThat(verified.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(engine.status().get(0).pendingVerification()).isEmpty();
        assertThat(auditOutcomes()).containsExactly("applied", "verified");
    }

    @Test
    void aChangeThatMadeThingsWorseIsRolledBackToThePreviousSize() {
        engine.register(new ManagedPool("orders", "main", resizer, ENFORCE));
        tick(T0, snap(T0, 10, 8, 2, 400, 5));
        assertThat(resizer.size.max()).isEqualTo(24);
        // Past the database's knee: every query takes 4× longer and waits grow.
        Decision d = null;
        for (int s = 10; s <= 20; s += 5) {
            d = tick(T0.plusSeconds(s), snap(T0.plusSeconds(s), 20, 0, 0, 2, 80));
        }
        assertThat(d.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(d.reason()).contains("made things worse").contains("database got slower");
        assertThat(resizer.size).isEqualTo(new PoolSize(10, 2));
        assertThat(resizer.evictions).isEqualTo(1);
        assertThat(auditOutcomes()).containsExactly("applied", "rolled-back");
    }

    @Test
    void aShrinkInsideTheProtectedWindowIsBlockedOnceAuditedAndAnOverrideLiftsIt() {
        resizer.size = new PoolSize(40, 1);
        engine.register(new ManagedPool("orders", "main", resizer, ENFORCE));
        WeddingContext ctx = SafetyChecksTest.protectedContext(T0);
        Decision d = null;
        for (int s = 0; s <= 330; s += 30) {
            Instant at = T0.plusSeconds(s);
            d = tick(at, snap(at, 2, 0, 0, 1, 5), SafetyChecksTest.protectedContext(at));
        }
        assertThat(d.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(d.reason()).contains("protected window");
        assertThat(resizer.applied).isEmpty();
        assertThat(auditOutcomes()).containsExactly("blocked");

        Instant at = T0.plusSeconds(360);
        engine.grant(new EmergencyOverride("ov-1", "alice", "free connections for the reporting job", at.minusSeconds(1),
                at.plus(Duration.ofHours(1)), "orders", OverrideScope.SHRINK));
        Decision lifted = tick(at, snap(at, 2, 0, 0, 1, 5), SafetyChecksTest.protectedContext(at));

        assertThat(lifted.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(lifted.overrideId()).isEqualTo("ov-1");
        assertThat(resizer.size.max()).isEqualTo(10);
        assertThat(auditOutcomes()).containsExactly("blocked", "granted", "applied");
        assertThat(ctx.protectedWindow()).isTrue();
    }

    @Test
    void aShrinkDrainsBySoftEvictingUntilTheTotalHasFallen() {
        resizer.size = new PoolSize(40, 1);
        engine.register(new ManagedPool("orders", "main", resizer, ENFORCE.toBuilder().scaleDownWindow(Duration.ZERO).build()));
        Decision shrink = tick(T0, Snapshots.of(T0, 2, 38, 40, 1, 0, 0));
        assertThat(shrink.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(resizer.size.max()).isEqualTo(10);
        assertThat(resizer.evictions).isEqualTo(1);

        Decision draining = tick(T0.plusSeconds(5), Snapshots.of(T0.plusSeconds(5), 2, 20, 10, 1, 0, 0));
        assertThat(draining.outcome()).isEqualTo(Outcome.DRAINING);
        assertThat(resizer.evictions).isEqualTo(2);
        assertThat(engine.status().get(0).pendingVerification()).hasValueSatisfying(s -> assertThat(s).contains("draining"));

        Decision drained = tick(T0.plusSeconds(10), Snapshots.of(T0.plusSeconds(10), 2, 6, 10, 1, 0, 0));
        assertThat(drained.reason()).contains("shrink in place");
        assertThat(engine.status().get(0).pendingVerification()).hasValueSatisfying(s -> assertThat(s).contains("verifying shrink"));
    }

    @Test
    void insideTheProtectedWindowIdleConnectionsAreReleasedButTheCapacityIsKept() {
        resizer.size = new PoolSize(40, 30);
        engine.register(new ManagedPool("orders", "main", resizer, ENFORCE.toBuilder().scaleDownWindow(Duration.ZERO).build()));
        Decision release = tick(T0, snap(T0, 2, 0, 0, 1, 5), SafetyChecksTest.protectedContext(T0));
        assertThat(release.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(release.direction()).isEqualTo(Direction.RELEASE);
        assertThat(resizer.size).isEqualTo(new PoolSize(40, 1));
        assertThat(resizer.evictions).as("a release leaves retiring to the pool's idle timeout").isZero();

        Decision d = null;
        for (int s = 30; s <= 120; s += 30) {
            Instant at = T0.plusSeconds(s);
            d = tick(at, snap(at, 2, 0, 0, 1, 5), SafetyChecksTest.protectedContext(at));
        }
        assertThat(d.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(d.reason()).contains("is blocked inside the protected window");
        assertThat(resizer.size.max()).isEqualTo(40);
    }

    @Test
    void aPolicyThatBlocksReleasesKeepsTheWarmFloorInTheProtectedWindow() {
        resizer.size = new PoolSize(40, 30);
        engine.register(new ManagedPool("orders", "main", resizer, ENFORCE.toBuilder().scaleDownWindow(Duration.ZERO)
                .releaseInProtectedWindow(false).build()));
        Decision d = tick(T0, snap(T0, 2, 0, 0, 1, 5), SafetyChecksTest.protectedContext(T0));
        assertThat(d.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(d.reason()).startsWith("releasing max=40 minIdle=30 -> max=40 minIdle=1 is blocked inside the protected window");
        assertThat(resizer.size).isEqualTo(new PoolSize(40, 30));
    }

    @Test
    void aResizeThePoolRejectsIsRecordedAsFailedWithItsCause() {
        engine.register(new ManagedPool("orders", "main", resizer, ENFORCE));
        resizer.rejectWith = "maximumPoolSize cannot be changed on a sealed pool";
        Decision d = tick(T0, snap(T0, 10, 8, 2, 400, 5));
        assertThat(d.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(d.reason()).contains("sealed pool");
        assertThat(resizer.size).isEqualTo(new PoolSize(10, 2));
    }

    @Test
    void aDatabaseRefusingConnectionsMidGrowIsFailedAndRolledBack() {
        engine.register(new ManagedPool("orders", "main", resizer, ENFORCE));
        resizer.maxOnlyThenFail = true;
        Decision d = tick(T0, snap(T0, 10, 8, 2, 400, 5));
        assertThat(auditOutcomes()).containsExactly("failed", "rolled-back");
        assertThat(d.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(resizer.size).isEqualTo(new PoolSize(10, 2));
    }

    @Test
    void aJmxPoolThatDisappearsMidChangeIsRecordedAsFailed() {
        engine.register(new ManagedPool("orders", "main", resizer, ENFORCE));
        tick(T0, snap(T0, 10, 8, 2, 400, 5));
        resizer.gone = true;
        Decision d = tick(T0.plusSeconds(10), PoolSnapshot.unknown("orders", T0.plusSeconds(10), "JMX connection lost"));
        assertThat(d.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(d.reason()).contains("no longer registered");
    }

    @Test
    void growthIsClippedToTheDatabaseBudgetAndNeverExceedsIt() {
        engine.register(new ManagedPool("orders", "main", resizer, ENFORCE));
        // max_connections 40, 3 reserved, margin 5, 12 connections of other clients (plus our 10): allowance 20.
        PoolSnapshot s = snap(T0, 10, 30, 5, 900, 5);
        ServerView view = new ServerView("main", T0, true, "", 40, 3, Map.of("active", 22), Map.of());
        Decision d = engine.tick(new TickInput(T0, Map.of("orders", s), WeddingContext.routine(T0), Map.of("main", view), Map.of())).get(0);
        assertThat(d.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(resizer.size.max()).isEqualTo(20);
        assertThat(d.reason()).contains("clipped to max 20 by the database budget");

        PoolSnapshot later = snap(T0.plusSeconds(60), 20, 30, 5, 900, 5);
        ServerView full = new ServerView("main", later.at(), true, "", 40, 3, Map.of("active", 32), Map.of());
        Decision blocked = engine.tick(new TickInput(later.at(), Map.of("orders", later), WeddingContext.routine(later.at()),
                Map.of("main", full), Map.of())).get(0);
        assertThat(blocked.outcome()).isIn(Outcome.BLOCKED, Outcome.NONE);
        assertThat(resizer.size.max()).isEqualTo(20);
    }
}
