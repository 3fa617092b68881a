package com.wedsync.guardian.health;

import java.time.Duration;
import java.util.Objects;

/**
 * The figures a health judgement rests on, from the pool's newest snapshot and its window: what an alert raised
 * from the judgement shows. {@link #NONE} when the pool could not be read.
 *
 * @param used          connections in use in the newest snapshot
 * @param max           the pool's maximum in the newest snapshot
 * @param pending       threads waiting for a connection in the newest snapshot
 * @param waitP99Ms     the latest wait p99 measured in the window (ms); -1 when no connection was handed out in it
 * @param timeouts      connection timeouts over the window
 * @param demandChange  demand (used + waiting) in the newest snapshot minus that in the oldest of the window:
 *                      above 0 rising, below 0 falling
 * @param window        the span the judgement covers
 * @param longestHeldMs the longest a connection has been held, in the newest snapshot
 * @param dbFree        usable connections free on the database server; -1 without a fresh server view
 * @param dbUsable      the server's usable connections (max_connections − reserved); -1 without a fresh view
 * @param peaks         the highest load, waiting threads, wait p99 and hold over the same window
 */
public record PoolFigures(int used, int max, int pending, double waitP99Ms, long timeouts, int demandChange,
                          Duration window, long longestHeldMs, int dbFree, int dbUsable, Peaks peaks) {

    public static final PoolFigures NONE = new PoolFigures(0, 0, 0, -1, 0, 0, Duration.ZERO, 0, -1, -1);

    /**
     * The highest of each figure over the window the judgement covers, the newest snapshot included, so never below
     * the figure now. Timeouts are a count over the window already and the trend a difference across it, so they have
     * none; the database's headroom comes from one server view, not a window, so it has none either.
     *
     * @param utilisation   the highest used / max of a snapshot in the window
     * @param pending       the most threads waiting in a snapshot of the window
     * @param waitP99Ms     the highest wait p99 of a snapshot in the window (ms); -1 when none was measured
     * @param longestHeldMs the longest hold seen in the window (ms)
     */
    public record Peaks(double utilisation, int pending, double waitP99Ms, long longestHeldMs) {
    }

    public PoolFigures {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(peaks, "peaks");
    }

    /** Figures whose window peaked where it stands now. */
    public PoolFigures(int used, int max, int pending, double waitP99Ms, long timeouts, int demandChange,
                       Duration window, long longestHeldMs, int dbFree, int dbUsable) {
        this(used, max, pending, waitP99Ms, timeouts, demandChange, window, longestHeldMs, dbFree, dbUsable,
                new Peaks(max <= 0 ? 0 : (double) used / max, pending, waitP99Ms, longestHeldMs));
    }

    /** False for {@link #NONE}: the pool was not read, so there is nothing to show. */
    public boolean measured() {
        return !window.isZero();
    }

    public boolean hasWaitP99() {
        return waitP99Ms >= 0;
    }

    public boolean hasDatabase() {
        return dbUsable > 0 && dbFree >= 0;
    }

    /** {@code used / max}, 0 when the maximum is unknown. */
    public double utilisation() {
        return max <= 0 ? 0 : (double) used / max;
    }
}
