package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolSize;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The recommendations of the last stabilization window (HPA, docs/scaling-practice.md): a shrink goes only as far
 * as the highest of them. Immutable; {@link #with} returns the next window.
 */
public record RecommendationWindow(List<Entry> entries) {

    /** One recommendation and when it was made. */
    public record Entry(Instant at, PoolSize size) {
    }

    public RecommendationWindow {
        entries = List.copyOf(entries);
    }

    public static RecommendationWindow empty() {
        return new RecommendationWindow(List.of());
    }

    /** This window plus {@code size} at {@code now}, without entries older than {@code window}. */
    public RecommendationWindow with(Instant now, PoolSize size, Duration window) {
        Instant oldest = now.minus(window);
        List<Entry> next = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.at().isBefore(oldest) && !e.at().isAfter(now)) {
                next.add(e);
            }
        }
        next.add(new Entry(now, size));
        return new RecommendationWindow(next);
    }

    /** The highest max and the highest min-idle recommended in the window; {@code fallback} when empty. */
    public PoolSize highest(PoolSize fallback) {
        if (entries.isEmpty()) {
            return fallback;
        }
        int max = 0;
        int minIdle = 0;
        for (Entry e : entries) {
            max = Math.max(max, e.size().max());
            minIdle = Math.max(minIdle, e.size().minIdle());
        }
        return new PoolSize(max, Math.min(minIdle, max));
    }
}
