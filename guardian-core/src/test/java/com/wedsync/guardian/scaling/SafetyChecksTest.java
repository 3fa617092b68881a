package com.wedsync.guardian.scaling;

import com.wedsync.guardian.fleet.Contention;
import com.wedsync.guardian.fleet.FleetLimit;
import com.wedsync.guardian.fleet.Grant;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.wedding.Criticality;
import com.wedsync.guardian.wedding.WeddingContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SafetyChecksTest {

    private static final Instant NOW = Instant.parse("2026-06-13T14:00:00Z");

    static WeddingContext protectedContext(Instant at) {
        return new WeddingContext(at, Criticality.CRITICAL, true, true, List.of(), List.of(), List.of(), 116, 14,
                Set.of("Kew Gardens"), List.of("wedding in progress at Kew Gardens"));
    }

    @Test
    void protectedWindowAllowsGrowthButBlocksShrinkingWithItsReason() {
        WeddingContext ctx = protectedContext(NOW);
        SafetyVerdict grow = SafetyChecks.protectedWindow("orders", new PoolSize(10, 5), new PoolSize(20, 10), ctx, Optional.empty(), NOW);
        SafetyVerdict shrink = SafetyChecks.protectedWindow("orders", new PoolSize(20, 10), new PoolSize(10, 5), ctx, Optional.empty(), NOW);

        assertThat(grow.allowed()).isTrue();
        assertThat(shrink.allowed()).isFalse();
        assertThat(shrink.check()).isEqualTo("protected-window");
        assertThat(shrink.reason()).contains("max=20 minIdle=10 -> max=10 minIdle=5").contains("protected window").contains("Kew Gardens");
    }

    @Test
    void aReleaseKeepsTheCapacitySoTheWindowAllowsItUnlessThePolicyBlocksReleasesToo() {
        WeddingContext ctx = protectedContext(NOW);
        PoolSize from = new PoolSize(20, 10);
        PoolSize release = new PoolSize(20, 2);
        EmergencyOverride shrinkOverride = new EmergencyOverride("ov-3", "alice", "free idle connections", NOW.minusSeconds(1),
                NOW.plusSeconds(600), "orders", OverrideScope.SHRINK);

        assertThat(SafetyChecks.protectedWindow("orders", from, release, ctx, Optional.empty(), NOW).reason())
                .contains("a release keeps the capacity (max 20)");
        SafetyVerdict strict = SafetyChecks.protectedWindow("orders", from, release, ctx, Optional.empty(), NOW, false);
        assertThat(strict.allowed()).isFalse();
        assertThat(strict.reason()).startsWith("releasing max=20 minIdle=10 -> max=20 minIdle=2 is blocked inside the protected window");
        assertThat(SafetyChecks.protectedWindow("orders", from, release, ctx, Optional.of(shrinkOverride), NOW, false).allowed())
                .as("an override for shrink covers lowering the floor").isTrue();
    }

    @Test
    void protectedWindowDoesNotApplyOutsideIt() {
        SafetyVerdict shrink = SafetyChecks.protectedWindow("orders", new PoolSize(20, 10), new PoolSize(10, 5),
                WeddingContext.routine(NOW), Optional.empty(), NOW);
        assertThat(shrink.allowed()).isTrue();
    }

    @Test
    void overrideLiftsTheProtectedWindowOnlyForItsPoolActionAndTime() {
        EmergencyOverride o = new EmergencyOverride("ov-1", "alice", "database failover", NOW.minusSeconds(60),
                NOW.plus(Duration.ofHours(2)), "orders", OverrideScope.SHRINK);
        WeddingContext ctx = protectedContext(NOW);
        PoolSize from = new PoolSize(20, 10);
        PoolSize to = new PoolSize(10, 5);

        assertThat(SafetyChecks.protectedWindow("orders", from, to, ctx, Optional.of(o), NOW).allowed()).isTrue();
        assertThat(SafetyChecks.protectedWindow("orders", from, to, ctx, Optional.of(o), NOW).reason()).contains("alice");
        assertThat(SafetyChecks.protectedWindow("billing", from, to, ctx, Optional.of(o), NOW).allowed()).isFalse();
        Instant later = NOW.plus(Duration.ofHours(3));
        assertThat(SafetyChecks.protectedWindow("orders", from, to, protectedContext(later), Optional.of(o), later).allowed()).isFalse();
        EmergencyOverride growOnly = new EmergencyOverride("ov-2", "alice", "why", NOW.minusSeconds(1), NOW.plusSeconds(600),
                "orders", OverrideScope.GROW);
        assertThat(SafetyChecks.protectedWindow("orders", from, to, ctx, Optional.of(growOnly), NOW).allowed()).isFalse();
    }

    @Test
    void aGiveBackToTheFleetShareGoesAheadInTheProtectedWindowOnlyOnAContendedDatabaseAndNoLowerThanTheShare() {
        WeddingContext ctx = protectedContext(NOW);
        PoolSize from = new PoolSize(20, 5);
        FleetLimit contended = FleetLimit.granted(new Grant("orders", "main", 20, 12, 3, "share 12", new Contention(120, 92)),
                max -> true);
        FleetLimit notContended = FleetLimit.granted(new Grant("orders", "main", 20, 12, 3, "share 12", new Contention(40, 92)),
                max -> true);

        SafetyVerdict toShare = SafetyChecks.protectedWindow("orders", from, new PoolSize(12, 5), ctx, Optional.empty(), NOW, true,
                Optional.of(contended), 2);
        assertThat(toShare.allowed()).isTrue();
        assertThat(toShare.reason()).isEqualTo("give-back to the fleet share 12 goes ahead inside the protected window"
                + " (wedding in progress at Kew Gardens): the fleet wants 120 of 92 usable connections, so the 8 connections it"
                + " gives back go to pools that wait for them");
        assertThat(SafetyChecks.protectedWindow("orders", from, new PoolSize(11, 5), ctx, Optional.empty(), NOW, true,
                Optional.of(contended), 2).allowed()).as("below the share").isFalse();
        assertThat(SafetyChecks.protectedWindow("orders", from, new PoolSize(12, 5), ctx, Optional.empty(), NOW, true,
                Optional.of(contended), 14).allowed()).as("below the floor").isFalse();
        assertThat(SafetyChecks.protectedWindow("orders", from, new PoolSize(12, 5), ctx, Optional.empty(), NOW, true,
                Optional.of(notContended), 2).allowed()).as("nobody waits").isFalse();
        assertThat(SafetyChecks.protectedWindow("orders", from, new PoolSize(12, 5), ctx, Optional.empty(), NOW, true,
                Optional.of(FleetLimit.frozen(20, "store unreachable")), 2).allowed()).as("frozen").isFalse();
        assertThat(SafetyChecks.protectedWindow("orders", from, new PoolSize(12, 5), ctx, Optional.empty(), NOW).allowed())
                .as("a shrink that is no give-back").isFalse();
    }

    @Test
    void headroomCountsEveryoneOnTheDatabaseAndTheMargin() {
        // 100 max, 3 reserved, 40 open of which 10 are ours: others hold 30; our other pool may reach 20.
        ServerView view = new ServerView("main", NOW, true, "", 100, 3, Map.of("active", 25, "idle", 15), Map.of());
        DatabaseBudget budget = DatabaseBudget.of(view, 5, 10, 20);
        assertThat(budget.allowance()).isEqualTo(100 - 3 - 5 - 30 - 20);

        SafetyVerdict ok = SafetyChecks.databaseHeadroom(new PoolSize(10, 5), new PoolSize(42, 5), budget);
        SafetyVerdict tooMuch = SafetyChecks.databaseHeadroom(new PoolSize(10, 5), new PoolSize(43, 5), budget);
        assertThat(ok.allowed()).isTrue();
        assertThat(tooMuch.allowed()).isFalse();
        assertThat(tooMuch.reason()).contains("max_connections 100").contains("= 42");
    }

    @Test
    void headroomRefusesGrowthWhenTheServerViewIsUnavailableButNeverBlocksShrinking() {
        DatabaseBudget unknown = DatabaseBudget.of(ServerView.unavailable("main", NOW, "connection refused"), 5, 0, 0);
        assertThat(SafetyChecks.databaseHeadroom(new PoolSize(10, 5), new PoolSize(12, 5), unknown).reason()).contains("unknown");
        assertThat(SafetyChecks.databaseHeadroom(new PoolSize(10, 5), new PoolSize(12, 5), unknown).allowed()).isFalse();
        assertThat(SafetyChecks.databaseHeadroom(new PoolSize(10, 5), new PoolSize(8, 5), unknown).allowed()).isTrue();
    }

    @Test
    void saturationCeilingRefusesGrowthPastItWithThatReason() {
        SafetyVerdict v = SafetyChecks.saturationCeiling(new PoolSize(10, 5), new PoolSize(18, 5), 17);
        assertThat(v.allowed()).isFalse();
        assertThat(v.check()).isEqualTo("saturation-ceiling");
        assertThat(v.reason()).contains("saturation ceiling of 17");
        assertThat(SafetyChecks.saturationCeiling(new PoolSize(30, 5), new PoolSize(20, 5), 17).allowed())
                .as("shrinking towards the ceiling is always fine").isTrue();
    }

    @Test
    void defaultSaturationCeilingIsCoresTimesTwoPlusSpindles() {
        assertThat(ScalingPolicy.defaults().saturationCeiling()).isEqualTo(8 * 2 + 1);
        assertThat(ScalingPolicy.builder().databaseHost(2, 1).build().saturationCeiling()).isEqualTo(5);
        assertThat(ScalingPolicy.builder().databaseHost(2, 1).saturationCeiling(40).build().saturationCeiling()).isEqualTo(40);
    }

    @Test
    void minIdleNeverAboveMax() {
        assertThat(SafetyChecks.minIdleWithinMax(10, 11).allowed()).isFalse();
        assertThat(SafetyChecks.minIdleWithinMax(10, 11).reason()).contains("minIdle 11").contains("max 10");
        assertThat(SafetyChecks.minIdleWithinMax(10, 10).allowed()).isTrue();
    }

    @Test
    void cooldownBlocksUntilItHasPassed() {
        Instant last = NOW.minusSeconds(10);
        assertThat(SafetyChecks.cooldown(last, NOW, Duration.ofSeconds(30)).allowed()).isFalse();
        assertThat(SafetyChecks.cooldown(last, NOW.plusSeconds(20), Duration.ofSeconds(30)).allowed()).isTrue();
        assertThat(SafetyChecks.cooldown(null, NOW, Duration.ofSeconds(30)).allowed()).isTrue();
    }

    @Test
    void anOverrideNeverLiftsTheHeadroomLimit() {
        EmergencyOverride any = new EmergencyOverride("ov-3", "bob", "incident", NOW.minusSeconds(1), NOW.plusSeconds(600),
                "*", OverrideScope.ANY);
        ServerView view = new ServerView("main", NOW, true, "", 20, 3, Map.of("idle", 10), Map.of());
        List<SafetyVerdict> all = SafetyChecks.all("orders", new PoolSize(10, 5), new PoolSize(30, 5), protectedContext(NOW),
                Optional.of(any), DatabaseBudget.of(view, 2, 10, 0), ScalingPolicy.builder().saturationCeiling(40).build(), null, NOW, false);
        assertThat(SafetyChecks.firstBlock(all)).hasValueSatisfying(v -> assertThat(v.check()).isEqualTo("database-headroom"));
    }
}
