package com.wedsync.guardian.forecast;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecastLedgerAccuracyTest {

    /** The ledger contract's default accuracy over a list of entries. */
    private record ListLedger(List<ForecastLedger.Entry> entries) implements ForecastLedger {
        @Override
        public void recordForecast(Forecast forecast) {
        }

        @Override
        public void recordActual(String pool, Instant at, double connections) {
        }

        @Override
        public java.util.NavigableMap<Instant, Double> actuals(String pool, Instant from, Instant to) {
            return new java.util.TreeMap<>();
        }

        @Override
        public List<Entry> between(String pool, Instant from, Instant to) {
            return entries.stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to)).toList();
        }
    }

    @Test
    void accuracyComparesRecordedForecastsWithWhatHappenedAndLastWeeksActual() {
        Instant t0 = Instant.parse("2026-06-01T00:00:00Z");
        List<ForecastLedger.Entry> entries = new ArrayList<>();
        for (int h = 0; h < 24 * 14; h++) {
            Instant at = t0.plus(Duration.ofHours(h));
            double actual = h < 168 ? 5 : 7; // the second week is busier than the first
            entries.add(new ForecastLedger.Entry("orders", at, at.minus(Duration.ofHours(1)), 6.5, 5, 8, OptionalDouble.of(actual)));
        }
        ForecastAccuracy a = new ListLedger(entries).accuracy("orders", t0.plus(Duration.ofDays(7)), t0.plus(Duration.ofDays(14)));
        assertThat(a.samples()).isEqualTo(168);
        assertThat(a.mase()).isCloseTo(0.5 / 2.0, within(1e-9));
        assertThat(a.bias()).isCloseTo(-0.5, within(1e-9));
    }
}
