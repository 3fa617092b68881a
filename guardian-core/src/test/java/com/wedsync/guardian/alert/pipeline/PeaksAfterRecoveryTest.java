package com.wedsync.guardian.alert.pipeline;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.AlertFigure;
import com.wedsync.guardian.alert.InMemoryOutbox;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.health.HealthAssessor;
import com.wedsync.guardian.health.HealthThresholds;
import com.wedsync.guardian.health.SnapshotWindow;
import com.wedsync.guardian.pool.LatencySummary;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;
import com.wedsync.guardian.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.wedsync.guardian.alert.AlertFixtures.T0;
import static com.wedsync.guardian.alert.AlertFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 follow-up: a pool saturated with 23 threads waiting at a wait p99 of 1.4 s recovers; the alert that
 * resolved reads 0 waiting now and yet says the peak it saw. Driven the way a tick drives it: a snapshot a second
 * into the pool's window, the real {@link HealthAssessor} over it, the real {@link AlertDesk}, time from a clock.
 */
class PeaksAfterRecoveryTest {

    private static final String POOL = "orders";

    private final MutableClock clock = new MutableClock(T0);
    private final HealthAssessor assessor = new HealthAssessor(HealthThresholds.defaults());
    private final SnapshotWindow window = assessor.newWindow(POOL);
    private final AlertDesk desk = new AlertDesk(AlertDeskTest.config().build(), new InMemoryOutbox());
    private final List<Notification> sent = new ArrayList<>();

    /** A snapshot; a negative wait p99 for an interval in which no connection was handed out. */
    private static PoolSnapshot snapshot(Instant at, int used, int pending, double waitP99Ms) {
        LatencySummary wait = waitP99Ms < 0 ? LatencySummary.EMPTY
                : new LatencySummary(50, waitP99Ms / 4, waitP99Ms / 2, waitP99Ms, waitP99Ms);
        return new PoolSnapshot(POOL, at, Reachability.REACHABLE, "", used, 40 - used, 40, 0, pending, 0, 0, wait,
                LatencySummary.EMPTY, LatencySummary.EMPTY, 100);
    }

    /** {@code seconds} ticks, one a second, the pool showing these figures. */
    private void run(int seconds, int used, int pending, double waitP99Ms) {
        for (int i = 0; i < seconds; i++) {
            clock.advance(Duration.ofSeconds(1));
            Instant now = clock.instant();
            window.append(snapshot(now, used, pending, waitP99Ms));
            sent.addAll(desk.evaluate(now, List.of(assessor.assess(window, null, now)), context(now, 4), false).enqueued());
        }
    }

    private AlertView threadsWaiting() {
        return desk.alerts().stream().filter(a -> "threads_waiting".equals(a.labels().get("condition"))).findFirst()
                .orElseThrow();
    }

    @Test
    void whileItStillFiresAnAlertShowsTheWindowsPeakBesideTheFigureNow() {
        run(40, 40, 23, 1400);
        assertThat(threadsWaiting().values()).as("at the peak: nothing higher to say")
                .doesNotContainKeys(AlertFigure.PENDING_PEAK.key(), AlertFigure.PEAK_SPAN_S.key());

        run(5, 5, 0, 0.4);

        AlertView a = threadsWaiting();
        assertThat(a.state()).isEqualTo(AlertView.FIRING);
        assertThat(AlertFigure.PENDING.in(a.values())).hasValue(0);
        assertThat(AlertFigure.PENDING_PEAK.in(a.values())).hasValue(23);
        assertThat(AlertFigure.WAIT_P99_PEAK_MS.in(a.values())).hasValue(1400);
        assertThat(AlertFigure.UTILISATION_PEAK.in(a.values())).hasValue(1.0);
        assertThat(AlertFigure.PEAK_SPAN_S.in(a.values())).as("the health window").hasValue(30);
    }

    @Test
    void theAllClearReadsZeroNowAndTheHighestItSawWhileItFired() {
        run(40, 40, 23, 1400);
        run(300, 5, 0, 0.4);

        Alert resolved = sent.stream().filter(n -> n.action() == NotificationAction.RESOLVE).findFirst()
                .orElseThrow(() -> new AssertionError("no all-clear in " + sent)).alert();

        assertThat(resolved.figure(AlertFigure.PENDING)).hasValue(0);
        assertThat(resolved.figure(AlertFigure.WAIT_P99_MS)).hasValue(0.4);
        assertThat(resolved.figure(AlertFigure.PENDING_PEAK)).hasValue(23);
        assertThat(resolved.figure(AlertFigure.WAIT_P99_PEAK_MS)).hasValue(1400);
        assertThat(resolved.figure(AlertFigure.UTILISATION_PEAK)).hasValue(1.0);
        double lastedS = Duration.between(resolved.startsAt(), resolved.endsAt()).toMillis() / 1000.0;
        assertThat(resolved.figure(AlertFigure.PEAK_SPAN_S).orElseThrow())
                .as("from a window before the alert started to its resolution, which came after the window moved on")
                .isGreaterThan(30 + 30).isLessThanOrEqualTo(lastedS + 30);
    }

    @Test
    void anIdlePoolsAllClearKeepsTheWaitPeakThoughNoWaitIsMeasuredNow() {
        run(40, 40, 23, 1400);
        run(300, 0, 0, -1);

        Alert resolved = sent.stream().filter(n -> n.action() == NotificationAction.RESOLVE).findFirst()
                .orElseThrow(() -> new AssertionError("no all-clear in " + sent)).alert();

        assertThat(resolved.figure(AlertFigure.WAIT_P99_MS)).as("no connection handed out: none now").isEmpty();
        assertThat(resolved.figure(AlertFigure.WAIT_P99_PEAK_MS)).hasValue(1400);
        assertThat(resolved.figure(AlertFigure.PENDING_PEAK)).hasValue(23);
    }
}
