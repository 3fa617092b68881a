package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.forecast.Forecast;
import com.wedsync.guardian.forecast.LedgerForecasts;
import com.wedsync.guardian.metrics.readings.ForecastPoint;
import com.wedsync.guardian.scaling.ScalingEngine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scaling side of a guardian: the engine (planner, safety checks, overrides, verification, rollback) and
 * the forecasts it plans from, refreshed every few minutes and recorded in the ledger.
 */
public final class Scaling {

    /** How often a pool's forecast is recomputed: hourly points change little within a few minutes. */
    static final Duration FORECAST_REFRESH = Duration.ofMinutes(5);

    private final ScalingEngine engine;
    private final LedgerForecasts forecasts;
    private final Map<String, Forecast> latest = new ConcurrentHashMap<>();
    private final Map<String, Instant> refreshedAt = new ConcurrentHashMap<>();

    private final Clock clock;

    Scaling(ScalingEngine engine, LedgerForecasts forecasts, Clock clock) {
        this.engine = engine;
        this.clock = clock;
        this.forecasts = forecasts;
    }

    /** The engine's clock: the calendar's (the demo compresses it), so overrides expire in the same time. */
    public Clock clock() {
        return clock;
    }

    public ScalingEngine engine() {
        return engine;
    }

    LedgerForecasts ledger() {
        return forecasts;
    }

    /** The latest forecast per pool. */
    public Map<String, Forecast> forecasts() {
        return Map.copyOf(latest);
    }

    /** Each pool's forecast for the hour containing {@code now}, as the metrics export it. */
    List<ForecastPoint> current(Instant now) {
        List<ForecastPoint> out = new ArrayList<>();
        latest.forEach((pool, f) -> f.points().stream()
                .filter(p -> !p.at().isAfter(now))
                .reduce((a, b) -> b)
                .ifPresent(p -> out.add(new ForecastPoint(pool,
                        p.expectedConnections(), p.low(), p.high()))));
        return out;
    }

    boolean due(String pool, Instant now) {
        Instant last = refreshedAt.get(pool);
        return last == null || !now.isBefore(last.plus(FORECAST_REFRESH)) || now.isBefore(last);
    }

    void refreshed(String pool, Instant at, Forecast f) {
        latest.put(pool, f);
        refreshedAt.put(pool, at);
    }
}
