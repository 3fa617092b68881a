package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.pool.PoolSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A pool's last hour, kept at a coarser step than the tick (one snapshot per {@code step}), so that a
 * thousand pools' hour fits in a few tens of megabytes, and always ending with the newest snapshot (the one an
 * alert's figures come from, even when it falls between two steps). Feeds the e-mail's CSV attachment and the
 * forecast.
 */
final class SnapshotHistory {

    private final Duration keep;
    private final Duration step;
    private final ArrayDeque<PoolSnapshot> kept = new ArrayDeque<>();
    private PoolSnapshot newest;

    SnapshotHistory(Duration keep, Duration step) {
        this.keep = keep;
        this.step = step;
    }

    synchronized void record(PoolSnapshot s) {
        newest = s;
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
        if (newest != null && newest != kept.peekLast() && !newest.at().isBefore(from)) {
            out.add(newest);
        }
        return out;
    }
}
