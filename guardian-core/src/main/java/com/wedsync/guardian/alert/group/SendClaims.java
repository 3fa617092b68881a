package com.wedsync.guardian.alert.group;

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
    SendClaims ALL = new SendClaims() {
        @Override
        public List<DeliveryTarget> claim(Instant now, GroupSend send) {
            return send.targets();
        }
    };

    /** The targets of {@code send} this instance says now: those it claimed, or that are its own to say. */
    List<DeliveryTarget> claim(Instant now, GroupSend send);

    /**
     * After each run of the pipeline: the groups it holds (some alert in them, or an episode not yet resolved), so
     * that claims nobody will ever resolve (the condition cleared while the duty changed hands) can be let go.
     */
    default void held(Instant now, Collection<AlertGroup> groups) {
    }
}
