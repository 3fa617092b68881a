package com.wedsync.guardian.metrics.readings;

import java.util.Objects;

/**
 * The expected number of busy connections for a pool, with its prediction interval.
 *
 * @param pool     the pool name ({@code db.client.connection.pool.name})
 * @param expected the point forecast
 * @param low      the lower bound of the prediction interval
 * @param high     the upper bound of the prediction interval
 */
public record ForecastPoint(String pool, double expected, double low, double high) {
    public ForecastPoint {
        Objects.requireNonNull(pool, "pool");
        if (low > high) {
            throw new IllegalArgumentException("forecast for pool " + pool + ": low must be <= high, but was "
                    + low + " > " + high);
        }
    }
}
