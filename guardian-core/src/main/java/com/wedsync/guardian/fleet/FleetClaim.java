package com.wedsync.guardian.fleet;

import java.util.Objects;

/**
 * One pool's claim on a database budget.
 *
 * @param key    who claims (instance/pool), also the tie-break when a connection cannot be split
 * @param wanted the most it can use; it never gets more
 * @param weight its share of what is left once smaller claims are met (> 0)
 */
public record FleetClaim(String key, int wanted, double weight) {

    public FleetClaim {
        Objects.requireNonNull(key, "key");
        if (wanted < 0) {
            throw new IllegalArgumentException("wanted must be >= 0, but was " + wanted + " for " + key);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be > 0, but was " + weight + " for " + key);
        }
    }
}
