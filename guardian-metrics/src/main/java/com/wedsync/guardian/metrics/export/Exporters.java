package com.wedsync.guardian.metrics.export;

import com.wedsync.guardian.metrics.config.OtlpSettings;
import com.wedsync.guardian.metrics.config.StatsdSettings;
import io.micrometer.core.instrument.Clock;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micrometer.registry.otlp.AggregationTemporality;
import io.micrometer.registry.otlp.OtlpConfig;
import io.micrometer.registry.otlp.OtlpMeterRegistry;
import io.micrometer.statsd.StatsdConfig;
import io.micrometer.statsd.StatsdFlavor;
import io.micrometer.statsd.StatsdMeterRegistry;
import io.micrometer.statsd.StatsdProtocol;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** Builds one Micrometer registry per exporter from the guardian's settings. */
public final class Exporters {

    /** The resource's {@code service.name} in OTLP. */
    public static final String SERVICE_NAME = "wedsync-pool-guardian";

    private Exporters() {
    }

    /** A Prometheus registry whose names carry Prometheus units and pass {@code promtool check metrics}. */
    public static PrometheusMeterRegistry prometheus(Clock clock) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT,
                new io.prometheus.metrics.model.registry.PrometheusRegistry(), clock);
        registry.config().meterFilter(new PrometheusUnits());
        return registry;
    }

    /** A started StatsD registry sending UDP lines to the agent; UDP never blocks on a dead agent. */
    public static StatsdMeterRegistry statsd(StatsdSettings settings, Clock clock) {
        StatsdConfig config = new StatsdConfig() {
            @Override
            public String get(String key) {
                return null;
            }

            @Override
            public StatsdFlavor flavor() {
                return StatsdFlavor.valueOf(settings.flavor().toUpperCase(Locale.ROOT));
            }

            @Override
            public String host() {
                return settings.host();
            }

            @Override
            public int port() {
                return settings.port();
            }

            @Override
            public StatsdProtocol protocol() {
                return StatsdProtocol.UDP;
            }

            @Override
            public Duration pollingFrequency() {
                return settings.step();
            }

            @Override
            public Duration step() {
                return settings.step();
            }
        };
        return StatsdMeterRegistry.builder(config).clock(clock).build();
    }

    /** A started OTLP registry exporting on its own daemon thread every step. */
    public static OtlpMeterRegistry otlp(OtlpSettings settings, Clock clock) {
        OtlpConfig config = new OtlpConfig() {
            @Override
            public String get(String key) {
                return null;
            }

            @Override
            public String url() {
                return settings.url().toString();
            }

            @Override
            public Duration step() {
                return settings.step();
            }

            @Override
            public Map<String, String> headers() {
                return settings.headers();
            }

            @Override
            public Map<String, String> resourceAttributes() {
                return Map.of("service.name", SERVICE_NAME);
            }

            @Override
            public AggregationTemporality aggregationTemporality() {
                return settings.delta() ? AggregationTemporality.DELTA : AggregationTemporality.CUMULATIVE;
            }

            @Override
            public Duration connectTimeout() {
                return settings.timeout();
            }

            @Override
            public Duration readTimeout() {
                return settings.timeout();
            }
        };
        return OtlpMeterRegistry.builder(config).clock(clock).threadFactory(new DaemonThreads("guardian-otlp")).build();
    }
}
