package com.wedsync.guardian.metrics.config;

import com.wedsync.guardian.time.Durations;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code metrics.otlp}: OTLP over HTTP (protobuf) to New Relic, Grafana Cloud or any OpenTelemetry
 * collector. Header values are secrets (API keys): no message, log line or {@link #toString()} shows them.
 */
public final class OtlpSettings {

    private final boolean enabled;
    private final URI url;
    private final Map<String, String> headers;
    private final Duration step;
    private final Duration timeout;
    private final boolean delta;

    private OtlpSettings(Builder b) {
        this.enabled = b.enabled;
        this.url = b.url;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.step = b.step;
        this.timeout = b.timeout;
        this.delta = b.delta;
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean enabled() {
        return enabled;
    }

    public URI url() {
        return url;
    }

    /** Request headers, API keys among them: pass them on, never print them. */
    public Map<String, String> headers() {
        return headers;
    }

    public Duration step() {
        return step;
    }

    /** Connect and read timeout of one export request. */
    public Duration timeout() {
        return timeout;
    }

    /** True for delta temporality (New Relic's preference), false for cumulative (the OTLP default). */
    public boolean delta() {
        return delta;
    }

    @Override
    public String toString() {
        return "otlp{enabled=" + enabled + ", url=" + url + ", headers=" + headers.keySet() + " (values hidden)"
                + ", step=" + Durations.format(step) + ", timeout=" + Durations.format(timeout)
                + ", temporality=" + (delta ? "delta" : "cumulative") + "}";
    }

    public static final class Builder {
        private boolean enabled = MetricsSchema.OTLP_ENABLED.defaultValue();
        private URI url = URI.create(MetricsSchema.OTLP_URL.defaultValue());
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Duration step = MetricsSchema.OTLP_STEP.defaultValue();
        private Duration timeout = MetricsSchema.OTLP_TIMEOUT.defaultValue();
        private boolean delta = MetricsSchema.OTLP_TEMPORALITY.defaultValue().equals("delta");

        private Builder() {
        }

        /** {@code metrics.otlp.enabled}, default false. */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** {@code metrics.otlp.url}: an absolute http(s) URL, default http://127.0.0.1:4318/v1/metrics. */
        public Builder url(String url) {
            String u = Checks.notBlank("metrics.otlp.url", url);
            URI parsed;
            try {
                parsed = new URI(u);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("metrics.otlp.url must be an absolute http(s) URL, but was \"" + u + "\"");
            }
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || parsed.getHost() == null) {
                throw new IllegalArgumentException("metrics.otlp.url must be an absolute http(s) URL, but was \"" + u + "\"");
            }
            if (parsed.getRawUserInfo() != null) {
                // the user info would be a credential: refuse it without echoing it
                throw new IllegalArgumentException("metrics.otlp.url must not carry credentials (put the key in"
                        + " metrics.otlp.headers), but had user info for host " + parsed.getHost());
            }
            this.url = parsed;
            return this;
        }

        /** {@code metrics.otlp.headers.NAME}: a request header, for example {@code api-key} for New Relic. */
        public Builder header(String name, String value) {
            String n = Checks.notBlank("metrics.otlp.headers name", name);
            for (int i = 0; i < n.length(); i++) {
                char c = n.charAt(i);
                if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                    throw new IllegalArgumentException("metrics.otlp.headers name must be an HTTP token, but was \"" + n + "\"");
                }
            }
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("metrics.otlp.headers." + n + " must not be empty (is its environment variable set?)");
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("metrics.otlp.headers." + n + " must not contain a line break");
            }
            headers.put(n, value);
            return this;
        }

        public Builder headers(Map<String, String> headers) {
            headers.forEach(this::header);
            return this;
        }

        /** {@code metrics.otlp.step}, 1s to 1h, default 10s. */
        public Builder step(Duration step) {
            this.step = MetricsSchema.check(MetricsSchema.OTLP, MetricsSchema.OTLP_STEP, step);
            return this;
        }

        /** {@code metrics.otlp.timeout}, 100ms to 1m, default 5s: bounds a hung receiver (and shutdown's last export). */
        public Builder timeout(Duration timeout) {
            this.timeout = MetricsSchema.check(MetricsSchema.OTLP, MetricsSchema.OTLP_TIMEOUT, timeout);
            return this;
        }

        /** {@code metrics.otlp.temporality}: cumulative (default) or delta. */
        public Builder temporality(String temporality) {
            String t = Checks.notBlank("metrics.otlp.temporality", temporality).toLowerCase(Locale.ROOT);
            if (!t.equals("cumulative") && !t.equals("delta")) {
                throw new IllegalArgumentException("metrics.otlp.temporality must be cumulative or delta, but was \"" + temporality + "\"");
            }
            this.delta = t.equals("delta");
            return this;
        }

        public OtlpSettings build() {
            return new OtlpSettings(this);
        }
    }
}
