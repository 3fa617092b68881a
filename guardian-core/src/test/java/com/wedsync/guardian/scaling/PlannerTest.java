package com.wedsync.guardian.scaling;

import com.wedsync.guardian.forecast.ForecastPoint;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.pool.PoolSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlannerTest {

    private static final Instant T0 = Instant.parse("2026-06-13T13:00:00Z");
    private static final ScalingPolicy POLICY = ScalingPolicy.builder().floor(2).ceiling(60).maxStep(30)
            .leadBuffer(Duration.ofMinutes(5)).saturationCeiling(60).build();

    private static List<ForecastPoint> hourly(Instant from, double... highs) {
        List<ForecastPoint> out = new ArrayList<>();
        for (int i = 0; i < highs.length; i++) {
            out.add(new ForecastPoint(from.plus(Duration.ofHours(i)), highs[i] * 0.8, 0, highs[i], 0.8, 1));
        }
        return out;
    }

    @Test
    void raisesTheFloorAheadOfForecastLoadByTheLeadTime() {
        // Quiet now; 30 connections expected from 14:00. At 13:54 the lead (5 min buffer + 39 ms × 28) does not reach 14:00.
        List<ForecastPoint> f = hourly(T0, 2, 30);
        PoolSize current = new PoolSize(5, 2);
        Plan early = Planner.plan(POLICY, current, Snapshots.of(T0.plus(Duration.ofMinutes(54)), 1, 1, 5, 2, 0, 0),
                f, T0.plus(Duration.ofMinutes(54)), RecommendationWindow.empty());
        Plan inLead = Planner.plan(POLICY, current, Snapshots.of(T0.plus(Duration.ofMinutes(56)), 1, 1, 5, 2, 0, 0),
                f, T0.plus(Duration.ofMinutes(56)), RecommendationWindow.empty());

        assertThat(early.target().max()).isLessThan(10);
        assertThat(inLead.target()).isEqualTo(new PoolSize(32, 29)); // 30 wanted, 1 already in use
        assertThat(inLead.direction()).isEqualTo(Direction.GROW);
        assertThat(inLead.reason()).contains("forecast upper bound 30.0");
    }

    @Test
    void livePressureTheForecastMissedScalesUpAtOnceWithinTheStepLimit() {
        ScalingPolicy small = POLICY.toBuilder().maxStep(4).build();
        PoolSnapshot busy = Snapshots.of(T0, 10, 0, 10, 2, 8, 3);
        Plan p = Planner.plan(small, new PoolSize(10, 2), busy, List.of(), T0, RecommendationWindow.empty());

        assertThat(p.desired().max()).isEqualTo(24); // ceil(10 × (18/10)/0.75)
        assertThat(p.target().max()).isEqualTo(14);
        assertThat(p.reason()).contains("scale up at once to 14, limited by the max step of 4 (recommended: 24)").contains("timeout");
    }

    @Test
    void withinTheToleranceNothingChanges() {
        PoolSnapshot steady = Snapshots.of(T0, 15, 5, 20, 2, 0, 0); // 0.75 exactly
        Plan p = Planner.plan(POLICY, new PoolSize(20, 2), steady, List.of(), T0, RecommendationWindow.empty());
        assertThat(p.target()).isEqualTo(new PoolSize(20, 2));
    }

    @Test
    void scaleDownWaitsForTheStabilizationWindowAndTakesTheHighestRecentRecommendation() {
        PoolSize current = new PoolSize(40, 1);
        RecommendationWindow w = RecommendationWindow.empty();
        // A busy minute recommends 40, then load falls away.
        Plan p = Planner.plan(POLICY, current, Snapshots.of(T0, 30, 10, 40, 1, 0, 0), List.of(), T0, w);
        w = p.window();
        Instant t = T0;
        for (int i = 1; i <= 4; i++) {
            t = T0.plus(Duration.ofMinutes(i));
            p = Planner.plan(POLICY, current, Snapshots.of(t, 3, 37, 40, 1, 0, 0), List.of(), t, w);
            w = p.window();
            assertThat(p.target().max()).as("minute %d", i).isEqualTo(40);
        }
        t = T0.plus(Duration.ofMinutes(5)).plusSeconds(1);
        p = Planner.plan(POLICY, current, Snapshots.of(t, 3, 37, 40, 1, 0, 0), List.of(), t, w);
        assertThat(p.target().max()).isEqualTo(10); // the window now recommends 4, the step limit (30) stops at 10
        // Issue 17, item 11: a step-limited shrink says so, and the window reads as people write it
        assertThat(p.reason()).contains("scale down to 10, limited by the max step of 30 (highest recommendation over"
                + " 5 min: 4)").doesNotContain("PT");
    }

    @Test
    void aShrinkReleasesTheWarmFloorFirstAndLowersTheMaximumAfterwards() {
        ScalingPolicy now = POLICY.toBuilder().scaleDownWindow(Duration.ZERO).build();
        Plan release = Planner.plan(now, new PoolSize(40, 20), Snapshots.of(T0, 3, 37, 40, 20, 0, 0), List.of(), T0,
                RecommendationWindow.empty());
        assertThat(release.target()).isEqualTo(new PoolSize(40, 1));
        assertThat(release.direction()).isEqualTo(Direction.RELEASE);
        assertThat(release.reason()).contains("first releasing idle connections down to minIdle 1");

        Plan shrink = Planner.plan(now, new PoolSize(40, 1), Snapshots.of(T0, 3, 37, 40, 1, 0, 0), List.of(), T0, release.window());
        assertThat(shrink.target()).isEqualTo(new PoolSize(10, 1));
        assertThat(shrink.direction()).isEqualTo(Direction.SHRINK);
    }

    @Test
    void aFloorThatMovesByOneConnectionWithTheLoadIsHeld() {
        // "Forecast 13 minus 10 used" asks for minIdle 3 where 4 is set: within the tolerance, not worth a change.
        ScalingPolicy now = POLICY.toBuilder().scaleDownWindow(Duration.ZERO).build();
        Plan p = Planner.plan(now, new PoolSize(15, 4), Snapshots.of(T0, 10, 5, 15, 4, 0, 0), hourly(T0, 13), T0,
                RecommendationWindow.empty());
        assertThat(p.target()).isEqualTo(new PoolSize(15, 4));
        assertThat(p.reason()).contains("minIdle 4 -> 3 is within the tolerance: holding");
    }

    @Test
    void aFloorWithinTheToleranceNeverHoldsUpTheMaximumsShrink() {
        // The floor would fall by one (noise), the maximum by 30: the shrink must not wait for a release that never comes.
        ScalingPolicy now = POLICY.toBuilder().scaleDownWindow(Duration.ZERO).build();
        Plan p = Planner.plan(now, new PoolSize(40, 3), Snapshots.of(T0, 1, 39, 40, 3, 0, 0), hourly(T0, 2), T0,
                RecommendationWindow.empty());
        assertThat(p.direction()).isEqualTo(Direction.SHRINK);
        assertThat(p.target().max()).isLessThan(40);
    }

    @Test
    void neverBelowTheFloorNorAboveTheCeiling() {
        ScalingPolicy p = POLICY.toBuilder().floor(4).ceiling(12).build();
        Plan idle = Planner.plan(p, new PoolSize(4, 1), Snapshots.of(T0, 0, 4, 4, 1, 0, 0), List.of(), T0, RecommendationWindow.empty());
        Plan swamped = Planner.plan(p, new PoolSize(10, 1), Snapshots.of(T0, 10, 0, 10, 1, 50, 9), List.of(), T0, RecommendationWindow.empty());
        assertThat(idle.target().max()).isEqualTo(4);
        assertThat(swamped.target().max()).isEqualTo(12);
    }

    @Test
    void anUnreachablePoolIsHeld() {
        PoolSnapshot down = PoolSnapshot.down("orders", T0, "connection refused");
        Plan p = Planner.plan(POLICY, new PoolSize(10, 2), down, hourly(T0, 50), T0, RecommendationWindow.empty());
        assertThat(p.target()).isEqualTo(new PoolSize(10, 2));
        assertThat(p.reason()).contains("connection refused");
    }
}
