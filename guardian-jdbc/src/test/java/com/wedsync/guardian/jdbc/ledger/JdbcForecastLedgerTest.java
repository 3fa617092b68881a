package com.wedsync.guardian.jdbc.ledger;

import com.wedsync.guardian.forecast.Forecast;
import com.wedsync.guardian.forecast.ForecastAccuracy;
import com.wedsync.guardian.forecast.ForecastLedger;
import com.wedsync.guardian.forecast.ForecastPoint;
import com.wedsync.guardian.jdbc.audit.ScalingStores;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JdbcForecastLedgerTest {

    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

    private static Forecast forecast(Instant generatedAt, Instant from, int hours, double expected) {
        List<ForecastPoint> points = new ArrayList<>();
        for (int h = 0; h < hours; h++) {
            points.add(new ForecastPoint(from.plus(Duration.ofHours(h)), expected, expected - 1, expected + 2, 0.7, 0));
        }
        return new Forecast("orders", generatedAt, points, ForecastAccuracy.UNKNOWN, Forecast.FITTED);
    }

    private static void exercise(ScalingStores.Opened opened) {
        JdbcForecastLedger ledger = new JdbcForecastLedger(opened.store().dataSource());
        // Two weeks: the first forecast of week two (9) is superseded by a later one (6.5); actuals 5 then 7.
        ledger.recordForecast(forecast(T0.minusSeconds(3600), T0, 336, 9));
        ledger.recordForecast(forecast(T0, T0.plus(Duration.ofDays(7)), 168, 6.5));
        ledger.recordForecast(forecast(T0, T0.plus(Duration.ofDays(7)), 168, 6.5)); // the same forecast again: recorded once
        for (int h = 0; h < 336; h++) {
            Instant at = T0.plus(Duration.ofHours(h));
            double actual = h < 168 ? 5 : 7;
            if (h % 24 == 0) { // a few hours get two samples: the hourly mean is what counts
                ledger.recordActual("orders", at.plusSeconds(60), actual - 1);
                ledger.recordActual("orders", at.plusSeconds(1800), actual + 1);
            } else {
                ledger.recordActual("orders", at.plusSeconds(60), actual);
            }
        }

        List<ForecastLedger.Entry> week2 = ledger.between("orders", T0.plus(Duration.ofDays(7)), T0.plus(Duration.ofDays(14)));
        assertThat(week2).hasSize(168);
        assertThat(week2.get(0).expected()).isEqualTo(6.5);
        assertThat(week2.get(0).actual()).hasValue(7.0);

        ForecastAccuracy a = ledger.accuracy("orders", T0.plus(Duration.ofDays(7)), T0.plus(Duration.ofDays(14)));
        assertThat(a.samples()).isEqualTo(168);
        assertThat(a.mase()).isCloseTo(0.25, within(1e-9));
        assertThat(a.bias()).isCloseTo(-0.5, within(1e-9));
        assertThat(ledger.between("billing", T0, T0.plus(Duration.ofDays(14)))).isEmpty();
        var history = ledger.actuals("orders", T0, T0.plus(Duration.ofDays(1)));
        assertThat(history).hasSize(24);
        assertThat(history.firstEntry().getValue()).isEqualTo(5.0); // (4 + 6) / 2
        assertThat(history.get(T0.plus(Duration.ofHours(1)))).isEqualTo(5.0);
    }

    @Test
    void recordsForecastsAndActualsAndMeasuresAccuracyOnH2() throws SQLException {
        try (ScalingStores.Opened s = ScalingStores.h2()) {
            exercise(s);
        }
    }

    @Test
    void recordsForecastsAndActualsAndMeasuresAccuracyOnPostgres() throws SQLException {
        try (ScalingStores.Opened s = ScalingStores.postgres()) {
            exercise(s);
        }
    }
}
