package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox as the alert desk sees it when the guardian's time is not the delivery's (the demo's compressed
 * Saturday): a notification is stored as due at the delivery clock's now, which the dispatcher counts in, so it
 * goes out at once rather than when real time reaches the venue's. Everything else passes through.
 */
final class DeliveryClockOutbox implements Outbox {

    private final Outbox outbox;
    private final Clock delivery;

    DeliveryClockOutbox(Outbox outbox, Clock delivery) {
        this.outbox = outbox;
        this.delivery = delivery;
    }

    @Override
    public boolean enqueue(Notification notification, Instant at) {
        return outbox.enqueue(notification, delivery.instant());
    }

    @Override
    public List<Entry> due(Instant now, int limit) {
        return outbox.due(now, limit);
    }

    @Override
    public boolean claim(Entry entry, String owner, Instant now, Instant leaseUntil) {
        return outbox.claim(entry, owner, now, leaseUntil);
    }

    @Override
    public boolean markDelivered(String id, String owner, Instant at, DeliveryResult result) {
        return outbox.markDelivered(id, owner, at, result);
    }

    @Override
    public boolean markRetry(String id, String owner, Instant at, DeliveryResult result, Instant nextAttemptAt) {
        return outbox.markRetry(id, owner, at, result, nextAttemptAt);
    }

    @Override
    public boolean markFailed(String id, String owner, Instant at, DeliveryResult result) {
        return outbox.markFailed(id, owner, at, result);
    }

    @Override
    public Optional<Entry> find(String id) {
        return outbox.find(id);
    }
}
