package com.wedsync.guardian.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An outbox in memory: for tests, benchmarks, {@code guardian notify test} and a demo that may lose its pending
 * notifications on exit. The same contract as the durable one, claims and leases included (several dispatchers
 * in one JVM may share it). Thread-safe: every method holds the outbox's lock.
 */
public final class InMemoryOutbox implements Outbox {

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private long seq;

    private static final class Row {
        final Notification notification;
        final Instant createdAt;
        final long seq;
        final Set<String> reached = new HashSet<>();
        int attempts;
        Instant nextAttemptAt;
        State state = State.PENDING;
        String owner;
        Instant leaseUntil;

        Row(Notification n, Instant at, long seq) {
            this.notification = n;
            this.createdAt = at;
            this.nextAttemptAt = at;
            this.seq = seq;
        }

        Entry entry() {
            return new Entry(notification, attempts, createdAt, nextAttemptAt, state, reached);
        }

        boolean dueAndFree(Instant now) {
            return state == State.PENDING && !nextAttemptAt.isAfter(now) && (leaseUntil == null || !leaseUntil.isAfter(now));
        }
    }

    @Override
    public synchronized boolean enqueue(Notification notification, Instant at) {
        if (rows.containsKey(notification.id())) {
            return false;
        }
        rows.put(notification.id(), new Row(notification, at, seq++));
        return true;
    }

    @Override
    public synchronized List<Entry> due(Instant now, int limit) {
        return rows.values().stream().filter(r -> r.dueAndFree(now))
                .sorted(Comparator.comparing((Row r) -> r.createdAt).thenComparingLong(r -> r.seq))
                .limit(Math.max(1, limit)).map(Row::entry).toList();
    }

    @Override
    public synchronized boolean claim(Entry entry, String owner, Instant now, Instant leaseUntil) {
        Objects.requireNonNull(owner, "owner");
        Row r = rows.get(entry.id());
        if (r == null || r.attempts != entry.attempts() || !r.dueAndFree(now)) {
            return false;
        }
        r.owner = owner;
        r.leaseUntil = leaseUntil;
        return true;
    }

    @Override
    public synchronized boolean markDelivered(String id, String owner, Instant at, DeliveryResult result) {
        return mark(id, owner, State.DELIVERED, result, null);
    }

    @Override
    public synchronized boolean markRetry(String id, String owner, Instant at, DeliveryResult result,
                                          Instant nextAttemptAt) {
        return mark(id, owner, State.PENDING, result, nextAttemptAt);
    }

    @Override
    public synchronized boolean markFailed(String id, String owner, Instant at, DeliveryResult result) {
        return mark(id, owner, State.FAILED, result, null);
    }

    @Override
    public synchronized Optional<Entry> find(String id) {
        return Optional.ofNullable(rows.get(id)).map(Row::entry);
    }

    /** Every notification ever enqueued, in enqueue order. */
    public synchronized List<Notification> notifications() {
        List<Notification> out = new ArrayList<>(rows.size());
        rows.values().forEach(r -> out.add(r.notification));
        return out;
    }

    public synchronized int size() {
        return rows.size();
    }

    /** Forgets everything. */
    public synchronized void clear() {
        rows.clear();
    }

    private boolean mark(String id, String owner, State state, DeliveryResult result, Instant next) {
        Objects.requireNonNull(owner, "owner");
        Row r = rows.get(id);
        if (r == null || r.state != State.PENDING || !Objects.equals(r.owner, owner)) {
            return false;
        }
        r.attempts++;
        r.state = state;
        if (next != null) {
            // a retry: what this attempt reached is skipped by the next
            r.nextAttemptAt = next;
            r.reached.addAll(result.reached());
        }
        r.owner = null;
        r.leaseUntil = null;
        return true;
    }
}
