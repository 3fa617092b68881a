package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.forecast.Forecast;
import com.wedsync.guardian.forecast.ForecastLedger;
import com.wedsync.guardian.scaling.AuditLog;
import com.wedsync.guardian.scaling.PoolStatus;
import com.wedsync.guardian.scaling.ScalingMode;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5: a forecast the ledger refuses (a second demo run in the same week hit its primary key) must not stop
 * the pool's sizing: before, the whole scaling stage failed and the engine skipped the tick.
 */
class PlanScalingTest {

    /** A ledger whose every forecast write fails. */
    private static final class RefusingLedger implements ForecastLedger {
        final AtomicInteger refused = new AtomicInteger();

        @Override
        public void recordForecast(Forecast forecast) {
            refused.incrementAndGet();
            throw new IllegalStateException("could not record the forecast: duplicate key");
        }

        @Override
        public void recordActual(String pool, Instant at, double connections) {
        }

        @Override
        public NavigableMap<Instant, Double> actuals(String pool, Instant from, Instant to) {
            return new TreeMap<>();
        }

        @Override
        public List<Entry> between(String pool, Instant from, Instant to) {
            return List.of();
        }
    }

    @Test
    void thePoolIsStillSizedWhenTheLedgerRefusesItsForecast() {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:h2:mem:plan-scaling-test;DB_CLOSE_DELAY=-1");
        c.setUsername("sa");
        c.setPoolName("plan-scaling-test");
        c.setMaximumPoolSize(10);
        c.setMinimumIdle(1);
        RefusingLedger ledger = new RefusingLedger();
        ScalingPolicy policy = ScalingPolicy.builder().mode(ScalingMode.ENFORCE).floor(2).ceiling(10)
                .scaleDownWindow(Duration.ZERO).cooldown(Duration.ZERO).build();
        try (HikariDataSource ds = new HikariDataSource(c);
             Guardian guardian = Guardian.builder().pool("orders", ds, "main")
                     .scaling(policy, Map.of(), AuditLog.inMemory(), ledger).build()) {
            guardian.tick();
            guardian.tick();

            assertThat(ledger.refused.get()).isPositive();
            PoolStatus status = guardian.scaling().orElseThrow().engine().status().get(0);
            assertThat(status.current()).as("the engine ticked").isPresent();
            assertThat(status.target()).as("the engine planned").isPresent();
        }
    }
}
