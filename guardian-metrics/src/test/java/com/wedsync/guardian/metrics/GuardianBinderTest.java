package com.wedsync.guardian.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.wedsync.guardian.metrics.config.MetricsConfig;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.wedding.WeddingContext;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The meters follow the guardian's state: pools come and go, the wedding context re-tags, counters count. */
class GuardianBinderTest {

    private final MutableReadings readings = new MutableReadings().everything();
    private final GuardianMetrics metrics = GuardianMetrics.start(MetricsConfig.defaults(), readings);

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void poolAddedLaterGetsItsMetersWithoutRestartAndRemovedPoolLosesThem() {
        assertThat(lines("db_client_connection_max")).hasSize(1);

        readings.pool("billing", 4, 1, 10);
        metrics.refresh();
        assertThat(lines("db_client_connection_max"))
                .anySatisfy(l -> assertThat(l).contains("db_client_connection_pool_name=\"billing\"").endsWith(" 10.0"));
        assertThat(lines("guardian_pool_health{")).anyMatch(l -> l.contains("\"billing\""));

        readings.pools.remove("billing");
        readings.health.remove("billing");
        readings.forecasts.remove("billing");
        metrics.refresh();
        assertThat(metrics.scrape()).doesNotContain("\"billing\"");
        assertThat(metrics.poolCount()).isEqualTo(1);
    }

    @Test
    void gaugesShowTheLatestSnapshotAfterRefresh() {
        readings.pools.put("orders", MutableReadings.snapshot("orders", 15, 0, 20, 6, 0, 250));
        metrics.refresh();
        assertThat(lines("db_client_connection_count{")).anySatisfy(l ->
                assertThat(l).contains("state=\"used\"").endsWith(" 15.0"));
        assertThat(lines("db_client_connection_pending_requests{")).singleElement().asString().endsWith(" 6.0");
        assertThat(lines("db_client_connection_wait_time_seconds{")).anySatisfy(l ->
                assertThat(l).contains("percentile=\"p99\"").endsWith(" 0.25"));
    }

    @Test
    void contextChangeRetagsGaugesAndLeavesNoStaleSeries() {
        assertThat(lines("guardian_wedding_criticality{")).singleElement().asString()
                .contains("criticality=\"4\"", "protected_window=\"true\"", "peak_season=\"true\"").endsWith(" 4.0");

        readings.context = WeddingContext.routine(MutableReadings.NOW);
        metrics.refresh();

        assertThat(lines("guardian_wedding_criticality{")).singleElement().asString()
                .contains("criticality=\"1\"", "protected_window=\"false\"").endsWith(" 1.0");
        assertThat(lines("db_client_connection_max{")).singleElement().asString()
                .contains("criticality=\"1\"");
        assertThat(metrics.scrape()).doesNotContain("criticality=\"4\"");
    }

    @Test
    void timeoutsCounterGrowsByTheSnapshotTotalsGrowthAndSurvivesAProbeRestart() {
        readings.pools.put("orders", MutableReadings.snapshot("orders", 5, 5, 20, 0, 3, 10));
        metrics.refresh();
        metrics.refresh(); // the same snapshot twice must not count twice
        readings.pools.put("orders", MutableReadings.snapshot("orders", 5, 5, 20, 0, 5, 10));
        metrics.refresh();
        readings.pools.put("orders", MutableReadings.snapshot("orders", 5, 5, 20, 0, 1, 10)); // probe restarted
        metrics.refresh();
        assertThat(lines("db_client_connection_timeouts_total{")).singleElement().asString().endsWith(" 6.0");
    }

    @Test
    void unreachablePoolExportsNaNNotZeroAndKeepsItsHealth() {
        readings.pools.put("orders", PoolSnapshot.unknown("orders", MutableReadings.NOW, "JMX connection lost"));
        metrics.refresh();
        assertThat(lines("db_client_connection_count{")).allSatisfy(l -> assertThat(l).endsWith(" NaN"));
        assertThat(lines("guardian_pool_health{")).singleElement().asString().endsWith(" 1.0");
    }

    @Test
    void noWeddingIdTitleOrVenueEverBecomesATag() {
        metrics.events().recordScalingAction("orders", "applied");
        String scrape = metrics.scrape();
        assertThat(scrape).doesNotContain(MutableReadings.WEDDING.id(), MutableReadings.WEDDING.title(),
                MutableReadings.WEDDING.venue(), "Harrington");
        assertThat(lines("guardian_wedding_in_progress{")).singleElement().asString().endsWith(" 1.0");
        assertThat(lines("guardian_wedding_guests_at_risk{")).singleElement().asString().endsWith(" 116.0");
    }

    @Test
    void eventCountersCountAndFoldFreeTextIntoBoundedTagValues() {
        metrics.events().recordAlertSent("slack", "ok");
        metrics.events().recordAlertSent("slack", "ok");
        metrics.events().recordAlertSent("PagerDuty", "Permanent failure: 400 Bad Request https://hooks.example/T000/B000");
        assertThat(lines("guardian_alerts_sent_total{")).contains("guardian_alerts_sent_total{channel=\"slack\",result=\"ok\"} 2.0");
        assertThat(lines("guardian_alerts_sent_total{")).anySatisfy(l -> assertThat(l)
                .contains("channel=\"pagerduty\"", "result=\"permanent_failure__400_bad_request_https\""));
    }

    @Test
    void scrapeIsEmptyWhenPrometheusIsOff() {
        try (GuardianMetrics off = GuardianMetrics.start(MetricsConfig.builder().prometheusEnabled(false).build(), readings)) {
            off.refresh();
            off.events().recordAlertSent("slack", "ok");
            assertThat(off.prometheusEnabled()).isFalse();
            assertThat(off.scrape()).isEmpty();
        }
    }

    private List<String> lines(String prefix) {
        return Arrays.stream(metrics.scrape().split("\n")).filter(l -> l.startsWith(prefix)).collect(Collectors.toList());
    }
}
