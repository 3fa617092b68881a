package com.wedsync.guardian.metrics.export;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Maps the OpenTelemetry units to Prometheus's: {@code s} becomes {@code seconds} and
 * {@code {connection}} becomes {@code connections}, which the Prometheus naming convention appends
 * to the name ({@code db_client_connection_max}); other curly-brace annotations are
 * dropped, as OpenTelemetry's own Prometheus translation does. A side effect that matters:
 * {@code db_client_connection_count} would end in {@code _count}, which Prometheus reserves for
 * summaries and histograms ({@code promtool check metrics} rejects it); it becomes
 * {@code db_client_connection_count}.
 */
public final class PrometheusUnits implements MeterFilter {

    /**
     * The same mapping for the guardian's own meters only ({@code db.client.connection.*}, {@code guardian.*}), in a
     * registry that holds an application's meters too. Loads no exporter class (StatsD and OTLP may be absent).
     */
    public static MeterFilter guardianOnly() {
        PrometheusUnits units = new PrometheusUnits();
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String name = id.getName();
                return name.startsWith("db.client.connection.") || name.startsWith("guardian.") ? units.map(id) : id;
            }
        };
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String unit = id.getBaseUnit();
        if (unit == null) {
            return id;
        }
        if (unit.equals("s")) {
            return id.withBaseUnit("seconds");
        }
        if (unit.startsWith("{")) {
            return id.withBaseUnit(null);
        }
        return id;
    }
}
