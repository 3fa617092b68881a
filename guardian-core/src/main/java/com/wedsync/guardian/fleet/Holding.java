package com.wedsync.guardian.fleet;

import java.util.Objects;

/**
 * A live pool's row on a database as the store holds it, for the division.
 *
 * @param key         instance/pool, unique in the fleet
 * @param max         its maximum now
 * @param reservation what it holds now
 */
public record Holding(String key, String pool, int max, int open, int wanted, double weight, int reservation) {

    public Holding {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(pool, "pool");
    }

    public static String key(String instance, String pool) {
        return instance + "/" + pool;
    }
}
