package com.wedsync.guardian.health;

import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.server.ServerView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.wedsync.guardian.health.Samples.POOL;
import static com.wedsync.guardian.health.Samples.pool;
import static com.wedsync.guardian.health.Samples.sec;
import static org.assertj.core.api.Assertions.assertThat;

class HealthAssessorTest {

    private final HealthAssessor assessor = new HealthAssessor(HealthThresholds.defaults());
    private final SnapshotWindow window = assessor.newWindow(POOL);

    /** One snapshot per second for seconds [from, to). */
    private void feed(long from, long to, Samples samples) {
        for (long t = from; t < to; t++) {
            window.append(samples.at(sec(t)));
        }
    }

    private PoolHealth at(long second) {
        return assessor.assess(window, null, sec(second));
    }

    @Test
    void aQuietPoolIsHealthyWithNoReasons() {
        feed(0, 40, pool().used(3));

        PoolHealth health = at(39);

        assertThat(health.status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(health.reasons()).isEmpty();
        assertThat(health.pool()).isEqualTo(POOL);
        assertThat(health.at()).isEqualTo(sec(39));
    }

    @Test
    void oneSpikeDoesNotFlipAHealthyPool() {
        feed(0, 30, pool().used(4));
        feed(30, 31, pool().used(20).pending(8).waitP99Ms(2_000));

        assertThat(at(30).status()).isEqualTo(HealthStatus.HEALTHY);
    }

    @Test
    void aFreshWindowNeedsTheMinimumSamplesBeforeASustainedConditionCounts() {
        feed(0, 2, pool().used(20));
        assertThat(at(1).status()).isEqualTo(HealthStatus.HEALTHY);

        feed(2, 3, pool().used(20));
        assertThat(at(2).status()).isEqualTo(HealthStatus.CRITICAL);
    }

    @Test
    void sustainedSaturationTurnsDegradedThenCritical() {
        feed(0, 30, pool().used(4));
        Long firstDegraded = null;
        Long firstCritical = null;
        HealthReason reason = null;
        for (long t = 30; t < 70; t++) {
            window.append(pool().used(20).at(sec(t)));
            PoolHealth health = at(t);
            if (health.status() == HealthStatus.DEGRADED && firstDegraded == null) {
                firstDegraded = t;
            }
            if (health.status() == HealthStatus.CRITICAL && firstCritical == null) {
                firstCritical = t;
                reason = health.reasons().get(0);
            }
        }

        // 30 samples in the window: DEGRADED at 15 saturated (half), CRITICAL at 24 (80%).
        assertThat(firstDegraded).isEqualTo(44L);
        assertThat(firstCritical).isEqualTo(53L);
        assertThat(reason.condition()).isEqualTo("saturation");
        assertThat(reason.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(reason.message()).isEqualTo("at or above 95% used for 80% of the last 30 s (24 of 30 samples); 100% now (20/20)");
    }

    @Test
    void aPoolBusyBetweenTheLevelsStaysDegraded() {
        feed(0, 31, pool().used(17));

        PoolHealth health = at(30);

        assertThat(health.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(health.reasons()).singleElement().satisfies(r -> assertThat(r.message())
                .isEqualTo("at or above 80% used for 100% of the last 30 s (30 of 30 samples); 85% now (17/20)"));
    }

    @Test
    void recoversOnceTheSaturatedSamplesLeaveTheWindow() {
        feed(0, 40, pool().used(20));
        assertThat(at(39).status()).isEqualTo(HealthStatus.CRITICAL);

        feed(40, 42, pool().used(5));
        assertThat(at(41).status()).as("two quiet seconds do not undo a saturated window").isEqualTo(HealthStatus.CRITICAL);

        feed(42, 70, pool().used(5));
        assertThat(at(69).status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(at(69).reasons()).isEmpty();
    }

    @Test
    void threadsWaitingSustainedAreReportedWithTheirCount() {
        feed(0, 31, pool().used(20).max(40).pending(3));
        HealthReason degraded = at(30).reasons().get(0);
        assertThat(degraded.condition()).isEqualTo("threads_waiting");
        assertThat(degraded.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(degraded.message()).isEqualTo("at least 1 thread waiting for a connection for 100% of the last 30 s (30 of 30 samples); 3 now (peak 3)");

        feed(31, 62, pool().used(20).max(40).pending(12));
        assertThat(at(61).status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(at(61).reasons()).extracting(HealthReason::condition).containsExactly("threads_waiting");
    }

    @Test
    void slowAcquisitionAtP99IsReportedWithTheFigures() {
        feed(0, 31, pool().used(5).waitP99Ms(250));
        PoolHealth degraded = at(30);
        assertThat(degraded.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(degraded.reasons()).singleElement().satisfies(r -> {
            assertThat(r.condition()).isEqualTo("wait_p99");
            assertThat(r.message()).isEqualTo("wait p99 above 100 ms for 100% of the last 30 s (30 of 30 samples); 250 ms now (peak 250 ms)");
        });

        feed(31, 62, pool().used(5).waitP99Ms(1_500));
        assertThat(at(61).reasons()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(HealthStatus.CRITICAL);
            assertThat(r.message()).startsWith("wait p99 above 1 s for").endsWith("; 1.5 s now (peak 1.5 s)");
        });
    }

    @Test
    void aSingleTimeoutInTheWindowDegradesAndFiveAreCritical() {
        feed(0, 10, pool().used(5));
        window.append(pool().used(5).timeouts(1).at(sec(10)));
        assertThat(at(10).reasons()).singleElement().satisfies(r -> {
            assertThat(r.condition()).isEqualTo("timeouts");
            assertThat(r.status()).isEqualTo(HealthStatus.DEGRADED);
            assertThat(r.message()).isEqualTo("1 connection timeout in the last 30 s (critical at 5)");
        });

        window.append(pool().used(5).timeouts(4).at(sec(11)));
        assertThat(at(11).status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(at(11).reasons().get(0).message()).startsWith("5 connection timeouts in the last 30 s");

        feed(12, 42, pool().used(5));
        assertThat(at(41).status()).as("timeouts older than the window no longer count").isEqualTo(HealthStatus.HEALTHY);
    }

    @Test
    void aConnectionHeldPastTheLeakThresholdIsASuspectedLeak() {
        feed(0, 5, pool().used(2).longestHeldMs(3_000));
        window.append(pool().used(2).longestHeldMs(75_000).at(sec(5)));

        assertThat(at(5).reasons()).singleElement().satisfies(r -> {
            assertThat(r.condition()).isEqualTo("suspected_leak");
            assertThat(r.status()).isEqualTo(HealthStatus.DEGRADED);
            assertThat(r.message()).isEqualTo("a connection held for 1 min 15 s (leak threshold 1 min): suspected leak");
        });
    }

    @Test
    void theNewestSnapshotDownMakesThePoolDownWithItsCause() {
        feed(0, 30, pool().used(20));
        window.append(PoolSnapshot.down(POOL, sec(30), "Connection refused to 127.0.0.1:5432"));

        PoolHealth health = at(30);

        assertThat(health.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(health.reasons()).containsExactly(new HealthReason("pool_down", HealthStatus.DOWN,
                "pool down: Connection refused to 127.0.0.1:5432"));

        feed(31, 65, pool().used(3));
        assertThat(at(64).status()).as("back up once reachable again").isEqualTo(HealthStatus.HEALTHY);
    }

    @Test
    void anUnreadablePoolIsUnknownAndSaysWhy() {
        feed(0, 10, pool().used(3));
        window.append(PoolSnapshot.unknown(POOL, sec(10), "JMX connection lost"));

        PoolHealth health = at(10);

        assertThat(health.status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(health.reasons()).containsExactly(new HealthReason("pool_unknown", HealthStatus.UNKNOWN,
                "pool cannot be read: JMX connection lost"));
    }

    @Test
    void noRecentSnapshotIsUnknown() {
        assertThat(at(0).status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(at(0).reasons().get(0).message()).isEqualTo("no snapshot of the pool in the last 30 s");

        feed(0, 5, pool().used(3));
        assertThat(at(4).status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(at(40).status()).as("the probe stopped answering 35 s ago").isEqualTo(HealthStatus.UNKNOWN);
    }

    @Test
    void snapshotsAfterTheAssessedInstantAreNotUsed() {
        feed(0, 10, pool().used(3));
        feed(10, 40, pool().used(20));

        assertThat(at(9).status()).isEqualTo(HealthStatus.HEALTHY);
    }

    @Test
    void nearlyExhaustedDatabaseHeadroomIsReported() {
        feed(0, 10, pool().used(5).max(20));
        Instant now = sec(9);

        PoolHealth degraded = assessor.assess(window, view(now, 85), now);
        assertThat(degraded.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(degraded.reasons()).singleElement().satisfies(r -> {
            assertThat(r.condition()).isEqualTo("db_headroom");
            assertThat(r.message()).isEqualTo("database main: 12 of 97 usable connections free (12%), at or below 15%; this pool may still open 15 more");
        });

        PoolHealth critical = assessor.assess(window, view(now, 95), now);
        assertThat(critical.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(critical.reasons().get(0).message()).startsWith("database main: 2 of 97 usable connections free (2%), at or below 5%");

        assertThat(assessor.assess(window, view(now, 40), now).status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(assessor.assess(window, ServerView.unavailable("main", now, "not PostgreSQL"), now).status())
                .as("an unavailable view says nothing about the pool").isEqualTo(HealthStatus.HEALTHY);
        assertThat(assessor.assess(window, view(sec(-60), 95), now).status())
                .as("a view older than the window is ignored").isEqualTo(HealthStatus.HEALTHY);
    }

    @Test
    void aPartialServerViewIsSaidInTheHeadroomMessage() {
        feed(0, 10, pool().used(5).max(10));
        Instant now = sec(9);
        ServerView partial = new ServerView("main", now, true, "", 100, 3,
                Map.of("active", 60, ServerView.UNKNOWN_STATE, 33), Map.of("bookings", 93));

        PoolHealth health = assessor.assess(window, partial, now);

        assertThat(health.reasons()).singleElement().satisfies(r -> assertThat(r.message())
                .isEqualTo("database main: 4 of 97 usable connections free (4%), at or below 5%; this pool may still open 5 more"
                        + " (partial view: some connections' state hidden)"));
    }

    @Test
    void samplesWhileThePoolWasDownDoNotCountTowardsSaturation() {
        feed(0, 20, pool().used(3));
        for (long t = 20; t < 30; t++) {
            window.append(PoolSnapshot.down(POOL, sec(t), "refused"));
        }
        feed(30, 33, pool().used(20));

        PoolHealth health = at(32);

        assertThat(health.status()).as("3 saturated of the 13 readable samples").isEqualTo(HealthStatus.HEALTHY);
    }

    @Test
    void severalConditionsGiveTheWorstStatusAndEveryReason() {
        feed(0, 30, pool().used(17).pending(12));
        window.append(pool().used(17).pending(12).timeouts(1).at(sec(30)));

        PoolHealth health = at(30);

        assertThat(health.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(health.reasons()).extracting(HealthReason::condition, HealthReason::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("saturation", HealthStatus.DEGRADED),
                org.assertj.core.groups.Tuple.tuple("threads_waiting", HealthStatus.CRITICAL),
                org.assertj.core.groups.Tuple.tuple("timeouts", HealthStatus.DEGRADED));
    }

    @Test
    void thresholdsChangeTheVerdict() {
        HealthAssessor strict = new HealthAssessor(HealthThresholds.builder()
                .saturationDegraded(0.5).saturationCritical(0.6).degradedShare(0.2).criticalShare(0.3).build());
        feed(0, 30, pool().used(4));
        feed(30, 40, pool().used(13));

        assertThat(at(39).status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(strict.assess(window, null, sec(39)).status()).isEqualTo(HealthStatus.CRITICAL);
    }

    /** Issue 16: the judgement carries the figures an alert shows, from the newest snapshot and the window. */
    @Test
    void theJudgementCarriesTheFiguresOfItsNewestSnapshotAndWindow() {
        feed(0, 20, pool().used(10));
        feed(20, 29, pool().used(19).pending(3).waitP99Ms(400).timeouts(1));
        feed(29, 30, pool().used(20).pending(6).waitP99Ms(850));

        PoolHealth health = assessor.assess(window, view(sec(29), 95), sec(29));

        PoolFigures f = health.figures();
        assertThat(health.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(List.of(f.used(), f.max(), f.pending())).containsExactly(20, 20, 6);
        assertThat(f.utilisation()).isEqualTo(1.0);
        assertThat(f.waitP99Ms()).isEqualTo(850);
        assertThat(f.timeouts()).isEqualTo(9);
        assertThat(f.demandChange()).as("rising: 26 wanted now, 10 thirty seconds ago").isEqualTo(16);
        assertThat(f.window()).isEqualTo(HealthThresholds.defaults().window());
        assertThat(List.of(f.dbFree(), f.dbUsable())).containsExactly(2, 97);
    }

    @Test
    void aFallingPoolWithoutWaitsOrAServerViewSaysSoInItsFigures() {
        feed(0, 15, pool().used(12).noWaits());
        feed(15, 30, pool().used(4).noWaits());

        PoolFigures f = at(29).figures();

        assertThat(f.demandChange()).isEqualTo(-8);
        assertThat(f.hasWaitP99()).as("no connection handed out in the window: no wait p99").isFalse();
        assertThat(f.hasDatabase()).as("no server view").isFalse();

        window.append(PoolSnapshot.down(POOL, sec(30), "refused"));
        assertThat(at(30).figures()).isEqualTo(PoolFigures.NONE);
        assertThat(PoolFigures.NONE.measured()).isFalse();
    }

    /** Issue 16 follow-up: beside each figure now, its peak over the same window, so a recovery does not read zero. */
    @Test
    void theWindowsPeaksStandBesideTheFiguresNowOnceThePoolRecovers() {
        feed(0, 10, pool().used(20).pending(23).waitP99Ms(1400).longestHeldMs(9_000));
        feed(10, 20, pool().used(4).pending(0).waitP99Ms(0));

        PoolFigures f = at(19).figures();

        assertThat(List.of(f.used(), f.pending())).containsExactly(4, 0);
        assertThat(f.peaks()).isEqualTo(new PoolFigures.Peaks(1.0, 23, 1400, 9_000));

        feed(20, 45, pool().used(4).pending(0).waitP99Ms(0));
        PoolFigures.Peaks later = at(44).figures().peaks();
        assertThat(List.of(later.utilisation(), (double) later.pending(), (double) later.longestHeldMs()))
                .as("the busy seconds have left the 30 s window").containsExactly(0.2, 0.0, 0.0);
        assertThat(later.waitP99Ms()).isLessThan(1);
    }

    @Test
    void aWindowWithoutAMeasuredWaitHasNoWaitPeak() {
        feed(0, 30, pool().used(12).pending(2).noWaits());

        assertThat(at(29).figures().peaks().waitP99Ms()).isEqualTo(-1);
        assertThat(at(29).figures().peaks().pending()).isEqualTo(2);
    }

    private static ServerView view(Instant at, int open) {
        return new ServerView("main", at, true, "", 100, 3, Map.of("active", open - 10, "idle", 10), Map.of("bookings", open));
    }
}
