package com.wedsync.guardian.metrics.config;

import java.util.Objects;

/**
 * Which exporters run. Mirrors:
 * <pre>
 * metrics:
 *   prometheus: {enabled: true}
 *   statsd: {enabled: false, host: 127.0.0.1, port: 8125, flavor: datadog, step: 10s}
 *   otlp: {enabled: false, url: "http://127.0.0.1:4318/v1/metrics", headers: {api-key: "..."}, step: 10s}
 * </pre>
 */
public final class MetricsConfig {

    private final boolean prometheusEnabled;
    private final StatsdSettings statsd;
    private final OtlpSettings otlp;

    private MetricsConfig(Builder b) {
        this.prometheusEnabled = b.prometheusEnabled;
        this.statsd = b.statsd;
        this.otlp = b.otlp;
    }

    /** Prometheus on, StatsD and OTLP off. */
    public static MetricsConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean prometheusEnabled() {
        return prometheusEnabled;
    }

    public StatsdSettings statsd() {
        return statsd;
    }

    public OtlpSettings otlp() {
        return otlp;
    }

    @Override
    public String toString() {
        return "metrics{prometheus.enabled=" + prometheusEnabled + ", statsd=" + statsd + ", otlp=" + otlp + "}";
    }

    public static final class Builder {
        private boolean prometheusEnabled = MetricsSchema.PROMETHEUS_ENABLED.defaultValue();
        private StatsdSettings statsd = StatsdSettings.builder().build();
        private OtlpSettings otlp = OtlpSettings.builder().build();

        private Builder() {
        }

        /** {@code metrics.prometheus.enabled}, default true: serves {@code GET /metrics}. */
        public Builder prometheusEnabled(boolean enabled) {
            this.prometheusEnabled = enabled;
            return this;
        }

        public Builder statsd(StatsdSettings statsd) {
            this.statsd = Objects.requireNonNull(statsd, "metrics.statsd");
            return this;
        }

        public Builder otlp(OtlpSettings otlp) {
            this.otlp = Objects.requireNonNull(otlp, "metrics.otlp");
            return this;
        }

        public MetricsConfig build() {
            return new MetricsConfig(this);
        }
    }
}
