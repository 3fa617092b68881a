package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.pool.PoolSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A pool's last hour, kept at a coarser step than the tick (one snapshot per {@code step}), so that a
 * thousand pools' hour fits in a few tens of megabytes. Feeds the e-mail's CSV attachment and the forecast.
 */
final class SnapshotHistory {

    private final Duration keep;
    private final Duration step;
    private final ArrayDeque<PoolSnapshot> kept = new ArrayDeque<>();

    SnapshotHistory(Duration keep, Duration step) {
        this.keep = keep;
        this.step = step;
    }

    synchronized void record(PoolSnapshot s) {
        PoolSnapshot last = kept.peekLast();
        if (last != null && s.at().isBefore(last.at().plus(step))) {
            return;
        }
        kept.addLast(s);
        Instant horizon = s.at().minus(keep);
        while (!kept.isEmpty() && kept.peekFirst().at().isBefore(horizon)) {
            kept.removeFirst();
        }
    }

    synchronized List<PoolSnapshot> since(Instant from) {
        List<PoolSnapshot> out = new ArrayList<>();
        for (PoolSnapshot s : kept) {
            if (!s.at().isBefore(from)) {
                out.add(s);
            }
        }
        return out;
    }
}
