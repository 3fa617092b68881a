package com.wedsync.guardian.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An outbox in memory: for tests, benchmarks and a demo that may lose its pending notifications on exit.
 * Same contract as the durable one: enqueue is idempotent by notification id. Thread-safe.
 */
public final class InMemoryOutbox implements Outbox {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, DeliveryResult> results = new LinkedHashMap<>();

    @Override
    public synchronized boolean enqueue(Notification notification, Instant at) {
        if (entries.containsKey(notification.id())) {
            return false;
        }
        entries.put(notification.id(), new Entry(notification, 0, at, at, PENDING));
        return true;
    }

    @Override
    public synchronized List<Entry> due(Instant now, int limit) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (PENDING.equals(e.state()) && !e.nextAttemptAt().isAfter(now)) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing(Entry::createdAt));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    @Override
    public synchronized void markDelivered(String id, Instant at, DeliveryResult result) {
        update(id, DELIVERED, at, result);
    }

    @Override
    public synchronized void markRetry(String id, Instant at, DeliveryResult result, Instant nextAttemptAt) {
        update(id, PENDING, nextAttemptAt, result);
    }

    @Override
    public synchronized void markFailed(String id, Instant at, DeliveryResult result) {
        update(id, FAILED, at, result);
    }

    private void update(String id, String state, Instant next, DeliveryResult result) {
        Entry e = entries.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no notification with id " + id + " in the outbox");
        }
        entries.put(id, new Entry(e.notification(), e.attempts() + 1, e.createdAt(), next, state));
        results.put(id, result);
    }

    /** Every entry ever enqueued, in enqueue order. */
    public synchronized List<Entry> all() {
        return List.copyOf(entries.values());
    }

    /** Every notification ever enqueued, in enqueue order. */
    public synchronized List<Notification> notifications() {
        List<Notification> out = new ArrayList<>(entries.size());
        entries.values().forEach(e -> out.add(e.notification()));
        return out;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Forgets delivered and failed entries (a benchmark's or demo's way to keep memory flat). */
    public synchronized void clearFinished() {
        entries.values().removeIf(e -> !PENDING.equals(e.state()));
        results.keySet().retainAll(entries.keySet());
    }

    /** Forgets everything. */
    public synchronized void clear() {
        entries.clear();
        results.clear();
    }
}
