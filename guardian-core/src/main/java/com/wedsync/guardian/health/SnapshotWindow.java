package com.wedsync.guardian.health;

import com.wedsync.guardian.pool.PoolSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The recent snapshots of one pool, oldest first, kept for a span of time. A ring buffer: an append
 * is O(1) amortised and allocates nothing once the buffer has grown to the window's size.
 *
 * <p>Not thread-safe: one scheduler thread appends and assesses; readers get {@link PoolHealth} values.
 */
public final class SnapshotWindow {

    private final String pool;
    private final Duration span;
    private PoolSnapshot[] ring;
    private int head;
    private int size;

    /**
     * @param pool the pool's name; snapshots of other pools are refused
     * @param span how long snapshots are kept, counted back from the newest one (at least the assessment window)
     */
    public SnapshotWindow(String pool, Duration span) {
        this.pool = Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(span, "span");
        if (span.isNegative() || span.isZero()) {
            throw new IllegalArgumentException("span must be > 0, but was " + span);
        }
        this.span = span;
        this.ring = new PoolSnapshot[16];
    }

    public String pool() {
        return pool;
    }

    public Duration span() {
        return span;
    }

    /**
     * Adds the newest snapshot and forgets those older than the span. A snapshot older than the
     * newest one already held is ignored (false), so a late probe answer cannot reorder history.
     */
    public boolean append(PoolSnapshot snapshot) {
        if (!pool.equals(snapshot.pool())) {
            throw new IllegalArgumentException("snapshot of pool '" + snapshot.pool() + "' appended to the window of pool '" + pool + "'");
        }
        if (size > 0 && snapshot.at().isBefore(newest().at())) {
            return false;
        }
        Instant horizon = snapshot.at().minus(span);
        while (size > 0 && ring[head].at().isBefore(horizon)) {
            ring[head] = null;
            head = (head + 1) % ring.length;
            size--;
        }
        if (size == ring.length) {
            grow();
        }
        ring[(head + size) % ring.length] = snapshot;
        size++;
        return true;
    }

    /** Snapshots held now. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The i-th snapshot, 0 the oldest. */
    public PoolSnapshot get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " outside 0.." + (size - 1));
        }
        return ring[(head + i) % ring.length];
    }

    /** The newest snapshot, or null when empty. */
    public PoolSnapshot newest() {
        return size == 0 ? null : ring[(head + size - 1) % ring.length];
    }

    private void grow() {
        PoolSnapshot[] bigger = new PoolSnapshot[ring.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = ring[(head + i) % ring.length];
        }
        ring = bigger;
        head = 0;
    }
}
