package com.wedsync.guardian.jdbc.ledger;

import com.wedsync.guardian.forecast.Forecast;
import com.wedsync.guardian.forecast.Forecaster;
import com.wedsync.guardian.forecast.LedgerForecasts;
import com.wedsync.guardian.forecast.LoadModel;
import com.wedsync.guardian.jdbc.audit.ScalingStores;
import com.wedsync.guardian.pool.LatencySummary;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerForecastsTest {

    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

    private static PoolSnapshot snap(Instant at, int used, int pending) {
        return new PoolSnapshot("orders", at, Reachability.REACHABLE, "", used, 10 - used, 10, 2, pending, 0, 0,
                LatencySummary.EMPTY, LatencySummary.EMPTY, LatencySummary.EMPTY, 0);
    }

    @Test
    void observesTheLoadFitsOnTheLedgerAndRecordsEveryForecast() throws SQLException {
        try (ScalingStores.Opened s = ScalingStores.h2()) {
            JdbcForecastLedger ledger = new JdbcForecastLedger(s.store().dataSource());
            LedgerForecasts forecasts = new LedgerForecasts(new Forecaster(LoadModel.defaults()), ledger, Duration.ofHours(48));

            Forecast first = forecasts.refresh("orders", List.of(), T0);
            assertThat(first.basis()).isEqualTo(Forecast.PRIORS);
            assertThat(first.points()).hasSize(49);

            // Nine days of a steady office pattern: 6 busy by day, 1 at night.
            for (int h = 0; h < 24 * 9; h++) {
                Instant at = T0.plus(Duration.ofHours(h));
                int hour = h % 24;
                forecasts.observe(snap(at.plusSeconds(600), hour >= 9 && hour < 18 ? 5 : 1, hour >= 9 && hour < 18 ? 1 : 0));
            }
            forecasts.observe(PoolSnapshot.down("orders", T0.plusSeconds(60), "refused")); // not load: ignored
            Instant now = T0.plus(Duration.ofDays(9));
            Forecast fitted = forecasts.refresh("orders", List.of(), now);

            assertThat(fitted.basis()).isEqualTo(Forecast.FITTED);
            assertThat(fitted.points().get(10).expectedConnections()).isBetween(5.5, 6.5); // 10:00
            assertThat(fitted.points().get(3).expectedConnections()).isBetween(0.5, 1.5);  // 03:00
            assertThat(ledger.between("orders", now, now.plus(Duration.ofHours(49)))).hasSize(49);
            assertThat(ledger.actuals("orders", T0, T0.plus(Duration.ofHours(1))).firstEntry().getValue()).isEqualTo(1.0);
        }
    }

    @Test
    void aHorizonUnder48HoursIsRefused() {
        assertThatThrownBy(() -> new LedgerForecasts(new Forecaster(LoadModel.defaults()), null, Duration.ofHours(24)))
                .hasMessage("horizon must be at least PT48H, but was PT24H");
    }
}
