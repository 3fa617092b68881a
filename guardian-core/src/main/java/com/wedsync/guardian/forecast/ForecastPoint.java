package com.wedsync.guardian.forecast;

import java.time.Instant;
import java.util.Objects;

/**
 * Concurrent connections over the step that starts at {@code at}: each figure is the peak of the hours
 * the step covers (see {@link Forecaster}), so the same hour agrees whatever the step.
 *
 * @param low            lower end of the prediction interval (>= 0)
 * @param high           upper end of the prediction interval; the planner sizes for it
 * @param confidence     0..1: how much history and accuracy back this number (the step's lowest)
 * @param weddingsActive the most weddings on their day (venue-local 08:00–22:00) or in progress in any hour of the step
 */
public record ForecastPoint(Instant at, double expectedConnections, double low, double high, double confidence,
                            int weddingsActive) {

    public ForecastPoint {
        Objects.requireNonNull(at, "at");
        if (!(low <= expectedConnections && expectedConnections <= high) || low < 0) {
            throw new IllegalArgumentException("forecast point at " + at + " needs 0 <= low <= expected <= high, but was "
                    + low + ", " + expectedConnections + ", " + high);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, but was " + confidence);
        }
    }
}
