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
final class PrometheusUnits implements MeterFilter {

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
