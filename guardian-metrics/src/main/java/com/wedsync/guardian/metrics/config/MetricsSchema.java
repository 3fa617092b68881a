package com.wedsync.guardian.metrics.config;

import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@code metrics:} which exporters run and how, declared once; the settings' builders check against these. */
public final class MetricsSchema {

    public static final Setting<Boolean> PROMETHEUS_ENABLED = Setting.bool("enabled", true, "serve GET /metrics");
    public static final Section PROMETHEUS = Section.of("prometheus", "Prometheus: GET /metrics", PROMETHEUS_ENABLED);

    public static final Setting<Boolean> STATSD_ENABLED = Setting.bool("enabled", false, "send DogStatsD lines over UDP");
    public static final Setting<String> STATSD_HOST = Setting.string("host", "127.0.0.1",
            "the StatsD agent's host (the agent beside the service)");
    public static final Setting<Integer> STATSD_PORT = Setting.intIn("port", 1, 65_535, 8125, "the agent's UDP port");
    public static final Setting<String> STATSD_FLAVOR = Setting.oneOf("flavor", StatsdSettings.FLAVORS, "datadog",
            "the line format; datadog adds |#tag:value tags");
    public static final Setting<Duration> STATSD_STEP = step("how often gauges are sent (the agent's flush interval)");
    public static final Section STATSD = Section.of("statsd", "StatsD, by default the Datadog agent's DogStatsD",
            STATSD_ENABLED, STATSD_HOST, STATSD_PORT, STATSD_FLAVOR, STATSD_STEP);

    public static final Setting<Boolean> OTLP_ENABLED = Setting.bool("enabled", false, "push OTLP over HTTP");
    public static final Setting<String> OTLP_URL = Setting.url("url", "http://127.0.0.1:4318/v1/metrics",
            "the receiver's metrics endpoint; a key goes in headers, never in the URL", "http", "https");
    public static final Setting<Map<String, String>> OTLP_HEADERS = Setting.stringMap("headers",
            "request headers, such as api-key for New Relic: secrets, write them as ${VARIABLES}");
    public static final Setting<Duration> OTLP_STEP = step("how often metrics are pushed");
    public static final Setting<Duration> OTLP_TIMEOUT = Setting.duration("timeout", Duration.ofMillis(100),
            Duration.ofMinutes(1), Duration.ofSeconds(5), "connect and read timeout of one push (and of shutdown's last)");
    public static final Setting<String> OTLP_TEMPORALITY = Setting.oneOf("temporality", List.of("cumulative", "delta"),
            "cumulative", "delta is New Relic's preference");
    public static final Section OTLP = Section.of("otlp", "OTLP: New Relic, Grafana Cloud, any OpenTelemetry collector",
            OTLP_ENABLED, OTLP_URL, OTLP_HEADERS, OTLP_STEP, OTLP_TIMEOUT, OTLP_TEMPORALITY);

    public static final Section SECTION = Section.of("metrics", "which metric exporters run", PROMETHEUS, STATSD, OTLP);

    private MetricsSchema() {
    }

    private static Setting<Duration> step(String doc) {
        return Setting.duration("step", Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofSeconds(10), doc);
    }

    /** {@code value} when {@code setting} allows it; else the rejection, naming the YAML path ({@code metrics.statsd.port}). */
    static <T> T check(Section section, Setting<T> setting, T value) {
        try {
            return setting.check(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("metrics." + section.key() + "." + e.getMessage());
        }
    }

    /** The exporters {@code metrics} configures. */
    public static MetricsConfig read(ConfigReader m) {
        MetricsConfig.Builder b = MetricsConfig.builder().prometheusEnabled(m.section(PROMETHEUS).get(PROMETHEUS_ENABLED));
        ConfigReader statsd = m.section(STATSD);
        if (statsd.isPresent()) {
            StatsdSettings.Builder s = StatsdSettings.builder().enabled(statsd.get(STATSD_ENABLED))
                    .port(statsd.get(STATSD_PORT)).flavor(statsd.get(STATSD_FLAVOR)).step(statsd.get(STATSD_STEP));
            statsd.attempt(STATSD_HOST.key(), () -> s.host(statsd.get(STATSD_HOST)));
            statsd.build(s::build).ifPresent(b::statsd);
        }
        ConfigReader otlp = m.section(OTLP);
        if (otlp.isPresent()) {
            OtlpSettings.Builder o = OtlpSettings.builder().enabled(otlp.get(OTLP_ENABLED)).step(otlp.get(OTLP_STEP))
                    .timeout(otlp.get(OTLP_TIMEOUT)).temporality(otlp.get(OTLP_TEMPORALITY));
            otlp.attempt(OTLP_URL.key(), () -> o.url(otlp.get(OTLP_URL)));
            otlp.get(OTLP_HEADERS).forEach((name, value) ->
                    otlp.attempt(OTLP_HEADERS.key() + "." + name, () -> o.header(name, value)));
            otlp.build(o::build).ifPresent(b::otlp);
        }
        return b.build();
    }
}
