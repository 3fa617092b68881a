package com.wedsync.guardian.alert.group;

import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.Outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Who says a group's send. Alone, this instance says everything it decides to. In a fleet several instances may
 * decide to say the same thing (a duty handed over mid-condition, two holders for a moment): the fleet's store then
 * keeps what was said, and each target goes out only for the instance that claims it there. The claim is taken as
 * the notification is written to the outbox ({@link #write}), after the rate limit let it through, so that in a fleet
 * the claim and the outbox entry can be one transaction: a claim is never taken for a notification nobody stores.
 */
public interface SendClaims {

    /** Everything decided is said: an instance alone. */
    SendClaims ALL = (now, send) -> send.targets();

    /**
     * The targets of {@code send} this instance may say now (in a fleet, none of a database whose duty another
     * holds); each is claimed when its notification is {@link #write written}.
     */
    List<DeliveryTarget> claim(Instant now, GroupSend send);

    /**
     * Writes a notification of a send {@link #claim} let through, or one {@link #owed}, to {@code outbox}, having
     * claimed it: true when it was written (and will be said). Alone: the outbox's own enqueue.
     */
    default boolean write(Notification n, Instant now, Outbox outbox) {
        return outbox.enqueue(n, now);
    }

    /**
     * After each run of the pipeline, given the groups it holds: what this instance owes that none of them will say
     * (in a fleet, the all-clear of a condition another instance said, which cleared while the duty changed hands),
     * claimed when {@link #write written} like every other.
     */
    default List<Notification> owed(Instant now, Collection<AlertGroup> groups) {
        return List.of();
    }
}
