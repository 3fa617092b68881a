package com.wedsync.guardian.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.wedsync.guardian.metrics.config.MetricsConfig;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A Spring Boot application scrapes one Prometheus registry of its own: the guardian's meters go into it under the
 * names its own {@code /metrics} serves, the application's meters keep theirs, and the guardian leaves it open.
 */
class ApplicationRegistryTest {

    @Test
    void theGuardiansMetersKeepTheirNamesInTheApplicationsRegistry() {
        MutableReadings readings = new MutableReadings().everything();
        PrometheusMeterRegistry application = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        application.config().meterFilter(GuardianMetrics.prometheusUnits());
        Gauge.builder("app.queue.depth", () -> 3).baseUnit("{message}").register(application);
        GuardianMetrics own = GuardianMetrics.start(MetricsConfig.defaults(), readings, Clock.SYSTEM);
        GuardianMetrics bound = GuardianMetrics.bindTo(application, readings);
        try {
            bound.events().recordScalingAction("orders", "applied");
            own.events().recordScalingAction("orders", "applied");
            Set<String> guardianNames = names(application.scrape());
            guardianNames.removeIf(n -> n.startsWith("app_"));
            assertThat(guardianNames).isEqualTo(names(own.scrape())).contains("db_client_connection_max",
                    "db_client_connection_wait_time_seconds", "guardian_pool_health", "guardian_scaling_actions_total");
            // the filter maps the guardian's meters only: the application's keep the name Micrometer gives them
            assertThat(application.scrape()).contains("app_queue_depth__message_");
            assertThat(bound.scrape()).isEmpty();
        } finally {
            own.close();
            bound.close();
        }
        assertThat(application.isClosed()).isFalse();
        assertThat(application.find("db.client.connection.max").meters()).isEmpty();
        assertThat(application.find("app.queue.depth").gauge()).isNotNull();
    }

    private static Set<String> names(String scrape) {
        return Arrays.stream(scrape.split("\n")).filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.replaceAll("[{ ].*", "")).collect(Collectors.toCollection(TreeSet::new));
    }
}
