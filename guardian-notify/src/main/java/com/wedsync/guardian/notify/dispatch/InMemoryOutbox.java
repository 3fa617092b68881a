package com.wedsync.guardian.notify.dispatch;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.Outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An outbox in memory: for tests, benchmarks and a guardian run without a store. Lost on exit. */
public final class InMemoryOutbox implements Outbox {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private long seq;

    private static final class Row {
        final Notification notification;
        final Instant createdAt;
        final long seq;
        int attempts;
        Instant nextAttemptAt;
        String state = PENDING;
        DeliveryResult last;

        Row(Notification n, Instant at, long seq) {
            this.notification = n;
            this.createdAt = at;
            this.nextAttemptAt = at;
            this.seq = seq;
        }

        Entry entry() {
            return new Entry(notification, attempts, createdAt, nextAttemptAt, state);
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
        List<Row> due = new ArrayList<>();
        for (Row r : rows.values()) {
            if (r.state.equals(PENDING) && !r.nextAttemptAt.isAfter(now)) {
                due.add(r);
            }
        }
        due.sort(Comparator.comparing((Row r) -> r.createdAt).thenComparingLong(r -> r.seq));
        return due.stream().limit(limit).map(Row::entry).toList();
    }

    @Override
    public synchronized void markDelivered(String id, Instant at, DeliveryResult result) {
        mark(id, DELIVERED, result, null);
    }

    @Override
    public synchronized void markRetry(String id, Instant at, DeliveryResult result, Instant nextAttemptAt) {
        mark(id, PENDING, result, nextAttemptAt);
    }

    @Override
    public synchronized void markFailed(String id, Instant at, DeliveryResult result) {
        mark(id, FAILED, result, null);
    }

    /** The stored entry, whatever its state. */
    public synchronized Optional<Entry> find(String id) {
        return Optional.ofNullable(rows.get(id)).map(Row::entry);
    }

    /** The last result recorded for an entry. */
    public synchronized Optional<DeliveryResult> lastResult(String id) {
        return Optional.ofNullable(rows.get(id)).map(r -> r.last);
    }

    public synchronized int size() {
        return rows.size();
    }

    private void mark(String id, String state, DeliveryResult result, Instant next) {
        Row r = rows.get(id);
        if (r == null || !r.state.equals(PENDING)) {
            return;
        }
        r.attempts++;
        r.state = state;
        r.last = result;
        if (next != null) {
            r.nextAttemptAt = next;
        }
    }
}
