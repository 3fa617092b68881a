package com.wedsync.guardian.alert.group;

import com.wedsync.guardian.alert.Notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Who says a group's send. Alone, this instance says everything it decides to. In a fleet several instances may
 * decide to say the same thing (a duty handed over mid-condition, two holders for a moment): the fleet's store then
 * keeps what was said, and each target goes out only for the instance that claims it there.
 */
public interface SendClaims {

    /** Everything decided is said: an instance alone. */
    SendClaims ALL = (now, send) -> send.targets();

    /** The targets of {@code send} this instance says now: those it claimed, or that are its own to say. */
    List<DeliveryTarget> claim(Instant now, GroupSend send);

    /**
     * After each run of the pipeline, given the groups it holds: what this instance owes that none of them will say
     * (in a fleet, the all-clear of a condition another instance said, which cleared while the duty changed hands).
     */
    default List<Notification> owed(Instant now, Collection<AlertGroup> groups) {
        return List.of();
    }
}
