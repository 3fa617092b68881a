package com.wedsync.guardian.fleet;

import java.util.Objects;

/**
 * What the store granted one pool in a heartbeat.
 *
 * @param reservation the largest maximum the pool may grow to
 * @param share       its water-filling share: above it, the pool should give connections back
 * @param token       the fencing token of its latest grant (the database's grant number then); a growth is
 *                    confirmed against it, so a holder whose lease lapsed cannot act on an old grant
 * @param reason      the arithmetic
 * @param contention  what the fleet wanted of the database against its usable budget when it granted: when it
 *                    wants more, the pool's give-back down to its share goes ahead inside a protected window too
 */
public record Grant(String pool, String database, int reservation, int share, long token, String reason,
                   Contention contention) {

    public Grant {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(database, "database");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(contention, "contention");
    }

    /** A grant made without knowing the database's contention ({@link Contention#UNKNOWN}: not contended). */
    public Grant(String pool, String database, int reservation, int share, long token, String reason) {
        this(pool, database, reservation, share, token, reason, Contention.UNKNOWN);
    }
}
