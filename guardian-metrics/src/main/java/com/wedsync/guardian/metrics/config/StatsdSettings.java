package com.wedsync.guardian.metrics.config;

import com.wedsync.guardian.time.Durations;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** {@code metrics.statsd}: lines over UDP to a StatsD agent, by default the Datadog agent's DogStatsD. */
public final class StatsdSettings {

    /** The flavours Micrometer can write; {@code datadog} adds {@code |#tag:value} tags. */
    public static final List<String> FLAVORS = List.of("datadog", "etsy", "telegraf", "sysdig");

    private final boolean enabled;
    private final String host;
    private final int port;
    private final String flavor;
    private final Duration step;

    private StatsdSettings(Builder b) {
        this.enabled = b.enabled;
        this.host = b.host;
        this.port = b.port;
        this.flavor = b.flavor;
        this.step = b.step;
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean enabled() {
        return enabled;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String flavor() {
        return flavor;
    }

    /** How often gauges are sent. */
    public Duration step() {
        return step;
    }

    @Override
    public String toString() {
        return "statsd{enabled=" + enabled + ", host=" + host + ", port=" + port + ", flavor=" + flavor
                + ", step=" + Durations.format(step) + "}";
    }

    public static final class Builder {
        private boolean enabled = MetricsSchema.STATSD_ENABLED.defaultValue();
        private String host = MetricsSchema.STATSD_HOST.defaultValue();
        private int port = MetricsSchema.STATSD_PORT.defaultValue();
        private String flavor = MetricsSchema.STATSD_FLAVOR.defaultValue();
        private Duration step = MetricsSchema.STATSD_STEP.defaultValue();

        private Builder() {
        }

        /** {@code metrics.statsd.enabled}, default false. */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** {@code metrics.statsd.host}, default 127.0.0.1 (the agent beside the service). */
        public Builder host(String host) {
            this.host = Checks.notBlank("metrics.statsd.host", host);
            return this;
        }

        /** {@code metrics.statsd.port}, 1 to 65535, default 8125 (DogStatsD's). */
        public Builder port(int port) {
            this.port = MetricsSchema.check(MetricsSchema.STATSD, MetricsSchema.STATSD_PORT, port);
            return this;
        }

        /** {@code metrics.statsd.flavor}: datadog (default), etsy, telegraf or sysdig. */
        public Builder flavor(String flavor) {
            String f = Checks.notBlank("metrics.statsd.flavor", flavor).toLowerCase(Locale.ROOT);
            if (!FLAVORS.contains(f)) {
                throw new IllegalArgumentException("metrics.statsd.flavor must be one of " + FLAVORS + ", but was \"" + flavor + "\"");
            }
            this.flavor = f;
            return this;
        }

        /** {@code metrics.statsd.step}, 1s to 1h, default 10s (the agent's flush interval). */
        public Builder step(Duration step) {
            this.step = MetricsSchema.check(MetricsSchema.STATSD, MetricsSchema.STATSD_STEP, step);
            return this;
        }

        public StatsdSettings build() {
            return new StatsdSettings(this);
        }
    }
}
