package com.wedsync.guardian.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where every notification is written before it is sent, and marked once the vendor accepted it.
 * After a crash, what is still pending is sent again; the vendor's idempotency key makes that harmless.
 * The durable implementation lives in guardian-jdbc; tests and the demo may use {@link InMemoryOutbox}.
 *
 * <p>Several dispatchers (one per guardian instance) may drain one outbox. Each sends an entry only after
 * {@link #claim claiming} it: a claim names its owner and lasts until a lease runs out, and at most one owner
 * holds an entry at a time. A mark applies only to a pending entry, only for the owner holding its claim, and
 * releases the claim; an owner whose lease ran out and was taken over is refused. An owner that crashed holds
 * its entry until the lease runs out; then another takes it.
 */
public interface Outbox {

    /** Where an entry stands; stored by name. */
    enum State {
        /** Not yet delivered: due for a (first or next) attempt. */
        PENDING,
        /** The vendor accepted it. */
        DELIVERED,
        /** Given up for good (a permanent refusal, or attempts exhausted). */
        FAILED
    }

    /** Stores the notification unless one with the same id is stored already. True when it was new. */
    boolean enqueue(Notification notification, Instant at);

    /**
     * Notifications not yet delivered nor failed for good, whose next attempt is due at {@code now} and that no
     * owner holds at {@code now}, oldest first. Reading claims nothing: {@link #claim} before sending.
     */
    List<Entry> due(Instant now, int limit);

    /**
     * Takes the entry, as {@link #due} returned it, for {@code owner} until {@code leaseUntil}. True for exactly
     * one caller: only when the entry is still pending and due, nobody marked it since it was read, and no other
     * owner's lease runs past {@code now}.
     */
    boolean claim(Entry entry, String owner, Instant now, Instant leaseUntil);

    /** The vendor accepted it. False when {@code owner} does not hold the pending entry, and nothing changed. */
    boolean markDelivered(String id, String owner, Instant at, DeliveryResult result);

    /**
     * An attempt failed and may be retried from {@code nextAttemptAt}; the recipients the result says were reached
     * are added to the entry's, so the retry skips them. False when {@code owner} does not hold the pending entry.
     */
    boolean markRetry(String id, String owner, Instant at, DeliveryResult result, Instant nextAttemptAt);

    /**
     * Failed for good (a permanent error, or retries exhausted): kept for the record, never sent again.
     * False when {@code owner} does not hold the pending entry, and nothing changed.
     */
    boolean markFailed(String id, String owner, Instant at, DeliveryResult result);

    /** One entry, whatever its state. */
    Optional<Entry> find(String id);

    /**
     * One stored notification with its delivery state.
     *
     * @param attempts marks so far; each mark adds one, so it also tells whether an entry changed since it was read
     * @param reached  the recipients earlier attempts reached (opaque keys from {@link DeliveryResult#reached()})
     */
    record Entry(Notification notification, int attempts, Instant createdAt, Instant nextAttemptAt, State state,
                 Set<String> reached) {
        public Entry {
            reached = reached == null ? Set.of() : Set.copyOf(reached);
        }

        public String id() {
            return notification.id();
        }
    }
}
