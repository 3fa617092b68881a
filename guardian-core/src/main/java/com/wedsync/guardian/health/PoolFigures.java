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
 */
public record PoolFigures(int used, int max, int pending, double waitP99Ms, long timeouts, int demandChange,
                          Duration window, long longestHeldMs, int dbFree, int dbUsable) {

    public static final PoolFigures NONE = new PoolFigures(0, 0, 0, -1, 0, 0, Duration.ZERO, 0, -1, -1);

    public PoolFigures {
        Objects.requireNonNull(window, "window");
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
