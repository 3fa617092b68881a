package com.wedsync.guardian.scaling;

import com.wedsync.guardian.forecast.ForecastPoint;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.time.Durations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Computes a pool's target size from the forecast's upper bound (pre-warmed a lead time ahead) and
 * from live pressure the forecast missed (HPA-like: desired = ceil(current × ratio) beyond a
 * tolerance). Scale-up is immediate within the step limit; scale-down follows the highest
 * recommendation of the stabilization window. Pure: everything comes in as arguments.
 */
public final class Planner {

    private Planner() {
    }

    public static Plan plan(ScalingPolicy policy, PoolSize current, PoolSnapshot snapshot, List<ForecastPoint> forecast,
                            Instant now, RecommendationWindow window) {
        List<String> reasons = new ArrayList<>();
        if (!snapshot.reachable()) {
            reasons.add("pool " + snapshot.reachability().name().toLowerCase(Locale.ROOT) + ": holding at " + current
                    + (snapshot.cause().isEmpty() ? "" : " (" + snapshot.cause() + ")"));
            return new Plan(current, current, current, reasons, window);
        }

        // Forecast: the upper bound over the lead time it takes to open the connections, plus a buffer.
        int forecastMax = 0;
        int forecastMinIdle = 0;
        Duration perConnection = perConnection(policy, snapshot);
        double firstPeak = peakHigh(forecast, now, lead(perConnection, policy, policy.ceiling(), snapshot.total()));
        if (firstPeak > 0) {
            Duration lead = lead(perConnection, policy, (int) Math.ceil(firstPeak), snapshot.total());
            double peak = peakHigh(forecast, now, lead);
            forecastMax = (int) Math.ceil(peak) + policy.spareConnections();
            // HikariCP's minimumIdle counts idle connections on top of the used ones: pre-warm only what is missing.
            forecastMinIdle = Math.max(0, (int) Math.ceil(peak) - snapshot.used());
            reasons.add(String.format(Locale.ROOT, "forecast upper bound %.1f within the lead time %s -> max %d, minIdle %d",
                    peak, Durations.human(lead), forecastMax, forecastMinIdle));
        } else if (!forecast.isEmpty()) {
            reasons.add("forecast expects no load in the lead time");
        }

        // Live pressure: (used + pending) against the target utilisation; timeouts always call for more.
        int pressureMax = 0;
        double demand = snapshot.used() + snapshot.pending();
        if (current.max() > 0) {
            double ratio = demand / current.max() / policy.targetUtilisation();
            if (Math.abs(ratio - 1) > policy.tolerance()) {
                pressureMax = (int) Math.ceil(current.max() * ratio);
            } else {
                pressureMax = current.max();
            }
            reasons.add(String.format(Locale.ROOT, "pressure: (used %d + pending %d) / max %d = %.2f vs target %.2f -> max %d",
                    snapshot.used(), snapshot.pending(), current.max(), demand / current.max(), policy.targetUtilisation(), pressureMax));
        }
        if (snapshot.timeoutsInterval() > 0) {
            pressureMax = Math.max(pressureMax, current.max() + (int) Math.min(policy.maxStep(), Math.max(1, snapshot.timeoutsInterval())));
            reasons.add(snapshot.timeoutsInterval() + " acquisition timeout(s) -> at least max " + pressureMax);
        }

        int desiredMax = clamp(Math.max(forecastMax, pressureMax), policy.floor(), policy.ceiling());
        int desiredMinIdle = Math.min(desiredMax, Math.max(policy.minIdleFloor(), forecastMinIdle));
        PoolSize desired = new PoolSize(desiredMax, desiredMinIdle);
        // A fresh window starts from the current size, so nothing shrinks before a whole window has been seen.
        RecommendationWindow seeded = window.entries().isEmpty() && !policy.scaleDownWindow().isZero() ? window.with(now, current, policy.scaleDownWindow()) : window;
        RecommendationWindow next = seeded.with(now, desired, policy.scaleDownWindow());
        PoolSize stable = next.highest(desired);

        int targetMax;
        if (desiredMax > current.max()) {
            targetMax = Math.min(desiredMax, current.max() + policy.maxStep());
            reasons.add("scale up at once to " + targetMax + (targetMax < desiredMax
                    ? ", limited by the max step of " + policy.maxStep() + " (recommended: " + desiredMax + ")" : ""));
        } else if (stable.max() < current.max()) {
            targetMax = Math.max(stable.max(), current.max() - policy.maxStep());
            String over = "highest recommendation over " + Durations.human(policy.scaleDownWindow()) + ": " + stable.max();
            reasons.add("scale down to " + targetMax + (targetMax > stable.max()
                    ? ", limited by the max step of " + policy.maxStep() + " (" + over + ")" : " (" + over + ")"));
        } else {
            targetMax = current.max();
            if (desiredMax < current.max()) {
                reasons.add("holding max " + current.max() + ": the stabilization window still recommends " + stable.max());
            }
        }
        int targetMinIdle = desiredMinIdle > current.minIdle() ? desiredMinIdle : Math.min(current.minIdle(), stable.minIdle());
        // The floor follows "forecast minus used", which moves with every request: a step within the tolerance is noise.
        int noise = (int) Math.max(1, policy.tolerance() * current.max());
        if (targetMax < current.max() && current.minIdle() - targetMinIdle > noise) {
            // A shrink goes in two steps: the warm floor first (idle connections retire by the pool's idle timeout,
            // the capacity stays, so it is allowed in a protected window), the maximum at a later tick.
            reasons.add("first releasing idle connections down to minIdle " + targetMinIdle);
            reasons.add("max " + current.max() + " -> " + targetMax + " follows");
            targetMax = current.max();
        }
        targetMinIdle = Math.min(targetMinIdle, targetMax);
        int minIdleStep = Math.abs(targetMinIdle - current.minIdle());
        if (targetMax == current.max() && minIdleStep > 0 && minIdleStep <= noise) {
            reasons.add("minIdle " + current.minIdle() + " -> " + targetMinIdle + " is within the tolerance: holding");
            targetMinIdle = current.minIdle();
        }
        return new Plan(current, desired, new PoolSize(targetMax, targetMinIdle), reasons, next);
    }

    /** Lead time: connection creation time × connections to add, plus the buffer. */
    static Duration lead(Duration perConnection, ScalingPolicy policy, int wanted, int open) {
        int toAdd = Math.max(0, wanted - open);
        return perConnection.multipliedBy(toAdd).plus(policy.leadBuffer());
    }

    /** The configured creation time, or the measured one (p95 of the interval) when the pool is slower than that. */
    static Duration perConnection(ScalingPolicy policy, PoolSnapshot snapshot) {
        Duration measured = snapshot.createTime().count() > 0
                ? Duration.ofNanos((long) (snapshot.createTime().p95Ms() * 1_000_000)) : Duration.ZERO;
        return measured.compareTo(policy.connectionCreateTime()) > 0 ? measured : policy.connectionCreateTime();
    }

    /** The highest upper bound among the points that overlap [now, now + lead]; each point covers [at, next point). */
    static double peakHigh(List<ForecastPoint> points, Instant now, Duration lead) {
        Instant end = now.plus(lead);
        double peak = 0;
        for (int i = 0; i < points.size(); i++) {
            ForecastPoint p = points.get(i);
            Instant pointEnd = i + 1 < points.size() ? points.get(i + 1).at() : p.at().plus(Duration.ofHours(1));
            if (p.at().isAfter(end) || !pointEnd.isAfter(now)) {
                continue;
            }
            peak = Math.max(peak, p.high());
        }
        return peak;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
