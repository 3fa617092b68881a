package com.wedsync.guardian.app.config;

import java.time.Duration;

/**
 * {@code fleet:} whether this instance coordinates with the others sharing its databases (issue 12), how long
 * its lease lasts without a heartbeat, and the PostgreSQL store the fleet shares.
 *
 * @param lease how long the instance counts as alive after its last heartbeat, judged by the store's clock
 * @param outsideHold how long a peak of clients outside the fleet counts in a database's budget
 * @param store the fleet's store; by default the guardian's own store
 */
public record FleetSettings(boolean enabled, Duration lease, Duration outsideHold, GuardianConfig.StoreSettings store) {

    /** The margin on top of three missed ticks before an instance drops out: a slow store round, a GC pause. */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(2);

    /** Three ticks and a margin: an instance that misses three heartbeats in a row drops out. */
    static Duration defaultLease(Duration tick) {
        return tick.multipliedBy(3).plus(LEASE_MARGIN);
    }
}
