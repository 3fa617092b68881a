package com.wedsync.guardian.health;

import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;
import com.wedsync.guardian.server.ServerView;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Judges a pool's health: a pure function of its recent snapshots, the database server's view (optional),
 * the thresholds and a clock reading. One pass over the window, no streams: it runs for every pool
 * on every tick.
 *
 * <p>Each reason names its {@link Condition}.
 */
public final class HealthAssessor {


    private final HealthThresholds thresholds;
    private final long waitP99DegradedMs;
    private final long waitP99CriticalMs;

    public HealthAssessor(HealthThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.waitP99DegradedMs = thresholds.waitP99Degraded().toMillis();
        this.waitP99CriticalMs = thresholds.waitP99Critical().toMillis();
    }

    public HealthThresholds thresholds() {
        return thresholds;
    }

    /** The window conditions are judged over, for callers that size their own history. */
    public Duration window() {
        return thresholds.window();
    }

    /** An empty window for one pool, long enough for these thresholds. */
    public SnapshotWindow newWindow(String pool) {
        return new SnapshotWindow(pool, thresholds.window());
    }

    /**
     * The pool's health at {@code now}, judged over the snapshots taken in (now − window, now].
     *
     * @param window the pool's recent snapshots
     * @param view   the database server's view of its connections, or null when there is none
     * @param now    the clock reading the judgement is for
     */
    public PoolHealth assess(SnapshotWindow window, ServerView view, Instant now) {
        Instant from = now.minus(thresholds.window());
        String pool = window.pool();
        int last = window.size() - 1;
        while (last >= 0 && window.get(last).at().isAfter(now)) {
            last--;
        }
        if (last < 0 || !window.get(last).at().isAfter(from)) {
            return only(pool, now, HealthStatus.UNKNOWN, Condition.POOL_UNKNOWN,
                    "no snapshot of the pool in the last " + Figures.duration(thresholds.window()));
        }
        PoolSnapshot newest = window.get(last);
        if (newest.reachability() == Reachability.DOWN) {
            return only(pool, now, HealthStatus.DOWN, Condition.POOL_DOWN, "pool down: " + orUnknown(newest.cause()));
        }
        if (newest.reachability() == Reachability.UNKNOWN) {
            return only(pool, now, HealthStatus.UNKNOWN, Condition.POOL_UNKNOWN, "pool cannot be read: " + orUnknown(newest.cause()));
        }

        int samples = 0;
        int saturatedDegraded = 0;
        int saturatedCritical = 0;
        int waitingDegraded = 0;
        int waitingCritical = 0;
        int slowDegraded = 0;
        int slowCritical = 0;
        int peakWaiting = 0;
        double peakUtilisation = 0;
        long peakHeld = 0;
        double peakP99 = 0;
        double latestP99 = -1;
        int oldestDemand = newest.used() + newest.pending();
        long timeouts = 0;
        for (int i = last; i >= 0; i--) {
            PoolSnapshot s = window.get(i);
            if (!s.at().isAfter(from)) {
                break;
            }
            if (!s.reachable()) {
                continue;
            }
            samples++;
            double u = s.utilisation();
            peakUtilisation = Math.max(peakUtilisation, u);
            peakHeld = Math.max(peakHeld, s.longestHeldMs());
            if (u >= thresholds.saturationDegraded()) {
                saturatedDegraded++;
                if (u >= thresholds.saturationCritical()) {
                    saturatedCritical++;
                }
            }
            int pending = s.pending();
            peakWaiting = Math.max(peakWaiting, pending);
            if (pending >= thresholds.waitingDegraded()) {
                waitingDegraded++;
                if (pending >= thresholds.waitingCritical()) {
                    waitingCritical++;
                }
            }
            oldestDemand = s.used() + pending;
            double p99 = s.waitTime().count() > 0 ? s.waitTime().p99Ms() : 0;
            if (latestP99 < 0 && s.waitTime().count() > 0) {
                latestP99 = p99;
            }
            peakP99 = Math.max(peakP99, p99);
            if (p99 > waitP99DegradedMs) {
                slowDegraded++;
                if (p99 > waitP99CriticalMs) {
                    slowCritical++;
                }
            }
            timeouts += Math.max(0, s.timeoutsInterval());
        }

        List<HealthReason> reasons = null;
        HealthStatus sat = sustained(samples, saturatedDegraded, saturatedCritical);
        if (sat != HealthStatus.HEALTHY) {
            boolean critical = sat == HealthStatus.CRITICAL;
            reasons = add(reasons, new HealthReason(Condition.SATURATION, sat, "at or above "
                    + Figures.percent(critical ? thresholds.saturationCritical() : thresholds.saturationDegraded())
                    + " used for " + share(critical ? saturatedCritical : saturatedDegraded, samples) + "; "
                    + Figures.percent(newest.utilisation()) + " now (" + newest.used() + "/" + newest.max() + ")"));
        }
        HealthStatus waiting = sustained(samples, waitingDegraded, waitingCritical);
        if (waiting != HealthStatus.HEALTHY) {
            boolean critical = waiting == HealthStatus.CRITICAL;
            int least = critical ? thresholds.waitingCritical() : thresholds.waitingDegraded();
            reasons = add(reasons, new HealthReason(Condition.THREADS_WAITING, waiting, "at least " + least
                    + (least == 1 ? " thread" : " threads") + " waiting for a connection for " + share(critical ? waitingCritical : waitingDegraded, samples)
                    + "; " + newest.pending() + " now (peak " + peakWaiting + ")"));
        }
        HealthStatus slow = sustained(samples, slowDegraded, slowCritical);
        if (slow != HealthStatus.HEALTHY) {
            boolean critical = slow == HealthStatus.CRITICAL;
            reasons = add(reasons, new HealthReason(Condition.WAIT_P99, slow, "wait p99 above "
                    + Figures.duration(critical ? thresholds.waitP99Critical() : thresholds.waitP99Degraded())
                    + " for " + share(critical ? slowCritical : slowDegraded, samples) + "; "
                    + Figures.millis(newest.waitTime().p99Ms()) + " now (peak " + Figures.millis(peakP99) + ")"));
        }
        if (timeouts >= thresholds.timeoutsDegraded()) {
            HealthStatus status = timeouts >= thresholds.timeoutsCritical() ? HealthStatus.CRITICAL : HealthStatus.DEGRADED;
            reasons = add(reasons, new HealthReason(Condition.TIMEOUTS, status, timeouts + (timeouts == 1 ? " connection timeout" : " connection timeouts")
                    + " in the last " + Figures.duration(thresholds.window())
                    + " (critical at " + thresholds.timeoutsCritical() + ")"));
        }
        if (newest.longestHeldMs() >= thresholds.leakThreshold().toMillis()) {
            reasons = add(reasons, new HealthReason(Condition.SUSPECTED_LEAK, HealthStatus.DEGRADED, "a connection held for "
                    + Figures.millis(newest.longestHeldMs()) + " (leak threshold " + Figures.duration(thresholds.leakThreshold())
                    + "): suspected leak"));
        }
        ServerView fresh = fresh(view, from);
        HealthReason headroom = headroom(fresh, newest);
        if (headroom != null) {
            reasons = add(reasons, headroom);
        }
        PoolFigures figures = new PoolFigures(newest.used(), newest.max(), newest.pending(), latestP99, timeouts,
                newest.used() + newest.pending() - oldestDemand, thresholds.window(), newest.longestHeldMs(),
                fresh == null ? -1 : fresh.headroom(), fresh == null ? -1 : fresh.maxConnections() - fresh.reserved(),
                new PoolFigures.Peaks(peakUtilisation, peakWaiting, latestP99 < 0 ? -1 : peakP99, peakHeld));
        return verdict(pool, now, reasons, figures);
    }

    /** The server view when it can speak for the window: read, and not older than the window. Null otherwise. */
    private static ServerView fresh(ServerView view, Instant from) {
        return view == null || !view.available() || view.at().isBefore(from) ? null : view;
    }

    /** CRITICAL, DEGRADED or HEALTHY from the counts of samples at each level; nothing counts below minSamples. */
    private HealthStatus sustained(int samples, int atDegraded, int atCritical) {
        if (samples < thresholds.minSamples() || atDegraded == 0) {
            return HealthStatus.HEALTHY;
        }
        if (atCritical > 0 && atCritical >= needed(thresholds.criticalShare(), samples)) {
            return HealthStatus.CRITICAL;
        }
        return atDegraded >= needed(thresholds.degradedShare(), samples) ? HealthStatus.DEGRADED : HealthStatus.HEALTHY;
    }

    private static double needed(double share, int samples) {
        // The epsilon keeps 0.8 × 10 from needing 9 samples through rounding error.
        return Math.ceil(share * samples - 1e-9);
    }

    private String share(int count, int samples) {
        return Figures.percent((double) count / samples) + " of the last " + Figures.duration(thresholds.window())
                + " (" + count + " of " + samples + " samples)";
    }

    private HealthReason headroom(ServerView view, PoolSnapshot newest) {
        if (view == null) {
            // No view, or one too old to speak for the window: the pool's own figures decide.
            return null;
        }
        double share = view.headroomFraction();
        HealthStatus status = share <= thresholds.headroomCritical() ? HealthStatus.CRITICAL
                : share <= thresholds.headroomDegraded() ? HealthStatus.DEGRADED : HealthStatus.HEALTHY;
        if (status == HealthStatus.HEALTHY) {
            return null;
        }
        int usable = view.maxConnections() - view.reserved();
        int growth = Math.max(0, newest.max() - newest.total());
        String message = "database " + view.database() + ": " + view.headroom() + " of " + usable
                + " usable connections free (" + Figures.percent(share) + "), at or below "
                + Figures.percent(status == HealthStatus.CRITICAL ? thresholds.headroomCritical() : thresholds.headroomDegraded());
        if (growth > view.headroom()) {
            message += "; this pool may still open " + growth + " more";
        }
        if (view.partial()) {
            message += " (partial view: some connections' state hidden)";
        }
        return new HealthReason(Condition.DB_HEADROOM, status, message);
    }

    private static PoolHealth verdict(String pool, Instant now, List<HealthReason> reasons, PoolFigures figures) {
        if (reasons == null) {
            return new PoolHealth(pool, now, HealthStatus.HEALTHY, List.of(), figures);
        }
        HealthStatus status = HealthStatus.HEALTHY;
        for (int i = 0; i < reasons.size(); i++) {
            status = status.worse(reasons.get(i).status());
        }
        return new PoolHealth(pool, now, status, reasons, figures);
    }

    private static PoolHealth only(String pool, Instant now, HealthStatus status, Condition condition, String message) {
        return new PoolHealth(pool, now, status, List.of(new HealthReason(condition, status, message)));
    }

    private static List<HealthReason> add(List<HealthReason> reasons, HealthReason reason) {
        List<HealthReason> out = reasons == null ? new ArrayList<>(4) : reasons;
        out.add(reason);
        return out;
    }

    private static String orUnknown(String cause) {
        return cause == null || cause.isBlank() ? "cause unknown" : cause;
    }
}
