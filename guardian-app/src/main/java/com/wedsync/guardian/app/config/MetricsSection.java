package com.wedsync.guardian.app.config;

import com.wedsync.guardian.metrics.config.MetricsConfig;
import com.wedsync.guardian.metrics.config.OtlpSettings;
import com.wedsync.guardian.metrics.config.StatsdSettings;

/**
 * {@code metrics:} which exporters run. Prometheus ({@code GET /metrics}) is on by default; DogStatsD (the
 * Datadog agent) and OTLP (New Relic, Grafana Cloud, any OpenTelemetry collector) when enabled.
 */
final class MetricsSection {

    private MetricsSection() {
    }

    static MetricsConfig read(ConfigNode m) {
        m.allowOnly("prometheus", "statsd", "otlp");
        MetricsConfig.Builder b = MetricsConfig.builder();
        ConfigNode prometheus = m.child("prometheus").allowOnly("enabled");
        b.prometheusEnabled(prometheus.bool("enabled", true));
        ConfigNode statsd = m.child("statsd");
        if (statsd.isPresent()) {
            statsd.allowOnly("enabled", "host", "port", "flavor", "step");
            StatsdSettings.Builder s = StatsdSettings.builder();
            statsd.set("enabled", statsd::optionalBool, s::enabled);
            statsd.set("host", statsd::optionalString, s::host);
            statsd.set("port", statsd::optionalInt, s::port);
            statsd.set("flavor", statsd::optionalString, s::flavor);
            statsd.set("step", statsd::optionalDuration, s::step);
            build(statsd, () -> b.statsd(s.build()));
        }
        ConfigNode otlp = m.child("otlp");
        if (otlp.isPresent()) {
            otlp.allowOnly("enabled", "url", "headers", "step");
            OtlpSettings.Builder o = OtlpSettings.builder();
            otlp.set("enabled", otlp::optionalBool, o::enabled);
            otlp.set("url", otlp::optionalString, o::url);
            otlp.set("step", otlp::optionalDuration, o::step);
            otlp.stringMap("headers").forEach((name, value) -> {
                try {
                    o.header(name, value);
                } catch (IllegalArgumentException e) {
                    otlp.problem("headers." + name, e.getMessage());
                }
            });
            build(otlp, () -> b.otlp(o.build()));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            m.problem(e.getMessage());
            return MetricsConfig.defaults();
        }
    }

    private static void build(ConfigNode node, Runnable step) {
        try {
            step.run();
        } catch (IllegalArgumentException e) {
            node.problem(e.getMessage());
        }
    }
}
