package com.wedsync.guardian.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Every forecast made and what then happened, so that accuracy is measured on the real record.
 * The durable implementation lives in guardian-jdbc.
 */
public interface ForecastLedger {

    /** Records the points of a forecast (a later forecast for the same pool and instant supersedes it for accuracy). */
    void recordForecast(Forecast forecast);

    /** Records the load actually seen at {@code at} (hourly means are what accuracy compares). */
    void recordActual(String pool, Instant at, double connections);

    /** Hourly mean load recorded in [from, to), keyed by the hour: the history a forecast is fitted on. */
    java.util.NavigableMap<Instant, Double> actuals(String pool, Instant from, Instant to);

    /** The latest forecast for each instant in [from, to) with the actual, where known, oldest first. */
    List<Entry> between(String pool, Instant from, Instant to);

    /** One forecast point and what happened. */
    record Entry(String pool, Instant at, Instant generatedAt, double expected, double low, double high, OptionalDouble actual) {
    }

    /** Accuracy over [from, to): MASE against the actual one week earlier, and bias. */
    default ForecastAccuracy accuracy(String pool, Instant from, Instant to) {
        Duration week = Duration.ofDays(7);
        List<Entry> entries = between(pool, from.minus(week), to);
        java.util.Map<Instant, Double> actualByAt = new java.util.HashMap<>();
        for (Entry e : entries) {
            e.actual().ifPresent(a -> actualByAt.put(e.at(), a));
        }
        List<double[]> rows = new java.util.ArrayList<>();
        for (Entry e : entries) {
            Double naive = actualByAt.get(e.at().minus(week));
            if (e.at().isBefore(from) || e.actual().isEmpty() || naive == null) {
                continue;
            }
            rows.add(new double[]{e.actual().getAsDouble(), e.expected(), naive});
        }
        double[] a = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] p = rows.stream().mapToDouble(r -> r[1]).toArray();
        double[] n = rows.stream().mapToDouble(r -> r[2]).toArray();
        return ForecastAccuracy.measure(a, p, n);
    }
}
