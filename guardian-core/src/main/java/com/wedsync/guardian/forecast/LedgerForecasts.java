package com.wedsync.guardian.forecast;

import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.wedding.Wedding;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NavigableMap;

/**
 * Forecasting on the record: every snapshot's demand goes to the ledger, forecasts are fitted on the
 * ledger's hourly history, their confidence rests on the ledger's accuracy (a backtest on the history
 * until the ledger has a week of forecasts to judge), and every forecast is recorded.
 */
public final class LedgerForecasts {

    private static final Duration HISTORY = Duration.ofDays(28);
    private static final Duration ACCURACY_WINDOW = Duration.ofDays(14);

    private final Forecaster forecaster;
    private final ForecastLedger ledger;
    private final Duration horizon;

    /** {@code horizon}: how far ahead each forecast reaches (at least 48 h, AWS predictive scaling's horizon, docs/scaling-practice.md). */
    public LedgerForecasts(Forecaster forecaster, ForecastLedger ledger, Duration horizon) {
        if (horizon.compareTo(Duration.ofHours(48)) < 0) {
            throw new IllegalArgumentException("horizon must be at least PT48H, but was " + horizon);
        }
        this.forecaster = forecaster;
        this.ledger = ledger;
        this.horizon = horizon;
    }

    /** Records what a reachable snapshot shows (used + pending) as the load of its hour. */
    public void observe(PoolSnapshot snapshot) {
        LoadObservation.of(snapshot).ifPresent(o -> ledger.recordActual(snapshot.pool(), o.at(), o.connections()));
    }

    /** A fresh hourly forecast from the current hour to now + horizon, recorded in the ledger. */
    public Forecast refresh(String pool, List<Wedding> weddings, Instant now) {
        NavigableMap<Instant, Double> history = ledger.actuals(pool, now.minus(HISTORY), now);
        ForecastAccuracy accuracy = ledger.accuracy(pool, now.minus(ACCURACY_WINDOW), now);
        if (!accuracy.known()) {
            accuracy = forecaster.backtest(history, weddings, Duration.ofDays(7));
        }
        Instant from = now.truncatedTo(ChronoUnit.HOURS);
        Forecast f = forecaster.forecast(pool, weddings, history, from, from.plus(horizon), Duration.ofHours(1), now, accuracy);
        ledger.recordForecast(f);
        return f;
    }
}
