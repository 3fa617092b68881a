package com.wedsync.guardian.alert;

import java.time.Instant;
import java.util.List;

/**
 * Where every notification is written before it is sent, and marked once the vendor accepted it.
 * After a crash, what is still pending is sent again; the vendor's idempotency key makes that harmless.
 * The durable implementation lives in guardian-jdbc; tests may use an in-memory one.
 */
public interface Outbox {

    /** Stores the notification unless one with the same id is stored already. True when it was new. */
    boolean enqueue(Notification notification, Instant at);

    /** Notifications not yet delivered nor failed for good, whose next attempt is due at {@code now}, oldest first. */
    List<Entry> due(Instant now, int limit);

    /** The vendor accepted it. */
    void markDelivered(String id, Instant at, DeliveryResult result);

    /** An attempt failed and may be retried from {@code nextAttemptAt}. */
    void markRetry(String id, Instant at, DeliveryResult result, Instant nextAttemptAt);

    /** Failed for good (a permanent error, or retries exhausted): kept for the record, never sent again. */
    void markFailed(String id, Instant at, DeliveryResult result);

    /** One stored notification with its delivery state. */
    record Entry(Notification notification, int attempts, Instant createdAt, Instant nextAttemptAt, String state) {
    }
}
