package com.wedsync.guardian.forecast;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A forecast for one pool.
 *
 * @param basis    {@code calendar-priors} (too little history) or {@code history+calendar}
 * @param accuracy how the model did on held-back history or on the ledger; unknown without either
 */
public record Forecast(String pool, Instant generatedAt, List<ForecastPoint> points, ForecastAccuracy accuracy, String basis) {

    public static final String PRIORS = "calendar-priors";
    public static final String FITTED = "history+calendar";

    public Forecast {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(generatedAt, "generatedAt");
        points = List.copyOf(points);
        accuracy = accuracy == null ? ForecastAccuracy.UNKNOWN : accuracy;
    }

    public static Forecast none(String pool, Instant at) {
        return new Forecast(pool, at, List.of(), ForecastAccuracy.UNKNOWN, PRIORS);
    }
}
