package com.wedsync.guardian.pool;

/** A pool's size settings: the maximum and the minimum kept idle. */
public record PoolSize(int max, int minIdle) {

    public PoolSize {
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1, but was " + max);
        }
        if (minIdle < 0 || minIdle > max) {
            throw new IllegalArgumentException("minIdle must be between 0 and max (" + max + "), but was " + minIdle);
        }
    }

    @Override
    public String toString() {
        return "max=" + max + " minIdle=" + minIdle;
    }
}
