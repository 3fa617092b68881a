package com.wedsync.guardian.metrics.binder;

import com.wedsync.guardian.pool.LatencySummary;
import com.wedsync.guardian.pool.PoolSnapshot;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One pool's gauges. A pool that could not be read exports NaN, not zero: "no connections in use" and
 * "nobody knows" must not look alike on a dashboard.
 *
 * <p>Latencies: the probe gives each interval's p50, p95, p99 and max, not raw samples, so they are
 * exported as gauges of those four statistics (tag {@code percentile}), in seconds. Percentiles of
 * different intervals cannot be merged faithfully, so there is no histogram; dashboards take
 * {@code max_over_time} so a spike between two scrapes is still seen when the scrape is slower than the tick.
 */
final class PoolGauges implements GaugeFamily.Registration<PoolReading> {

    private static final String[] PERCENTILES = {"p50", "p95", "p99", "max"};

    @Override
    public List<Meter> register(MeterRegistry registry, String pool, Tags context,
                                GaugeFamily.Latest<PoolReading> latest) {
        Tags tags = context.and(MeterNames.TAG_POOL, pool);
        List<Meter> meters = new ArrayList<>(19);
        meters.add(count(registry, latest, MeterNames.CONNECTION_COUNT, tags.and(MeterNames.TAG_STATE, "used"),
                "Connections in the state given by state", MeterNames.UNIT_CONNECTION, PoolSnapshot::used));
        meters.add(count(registry, latest, MeterNames.CONNECTION_COUNT, tags.and(MeterNames.TAG_STATE, "idle"),
                "Connections in the state given by state", MeterNames.UNIT_CONNECTION, PoolSnapshot::idle));
        meters.add(count(registry, latest, MeterNames.CONNECTION_MAX, tags,
                "The maximum number of open connections allowed", MeterNames.UNIT_CONNECTION, PoolSnapshot::max));
        meters.add(count(registry, latest, MeterNames.CONNECTION_IDLE_MIN, tags,
                "The minimum number of idle open connections allowed", MeterNames.UNIT_CONNECTION, PoolSnapshot::minIdle));
        meters.add(count(registry, latest, MeterNames.PENDING_REQUESTS, tags,
                "Requests waiting for an open connection", MeterNames.UNIT_REQUEST, PoolSnapshot::pending));
        latency(registry, latest, MeterNames.WAIT_TIME, tags,
                "Time to obtain an open connection, per interval", PoolSnapshot::waitTime, meters);
        latency(registry, latest, MeterNames.USE_TIME, tags,
                "Time between borrowing and returning a connection, per interval", PoolSnapshot::useTime, meters);
        latency(registry, latest, MeterNames.CREATE_TIME, tags,
                "Time to create a new connection, per interval", PoolSnapshot::createTime, meters);
        meters.add(Gauge.builder(MeterNames.POOL_HEALTH, latest, l -> health(l.get()))
                .description("Pool health: 0 healthy, 1 degraded, 2 critical, 3 down, 4 unknown")
                .tags(tags).strongReference(true).register(registry));
        return meters;
    }

    private static double health(PoolReading reading) {
        return reading == null || reading.health() == null ? Double.NaN : reading.health().status().code();
    }

    private static Meter count(MeterRegistry registry, GaugeFamily.Latest<PoolReading> latest, String name, Tags tags,
                               String description, String unit, ToDoubleFunction<PoolSnapshot> value) {
        return Gauge.builder(name, latest, l -> known(l.get(), value))
                .description(description).baseUnit(unit).tags(tags).strongReference(true).register(registry);
    }

    private static void latency(MeterRegistry registry, GaugeFamily.Latest<PoolReading> latest, String name, Tags tags,
                                String description, Function<PoolSnapshot, LatencySummary> summary, List<Meter> into) {
        for (String percentile : PERCENTILES) {
            ToDoubleFunction<LatencySummary> stat = switch (percentile) {
                case "p50" -> LatencySummary::p50Ms;
                case "p95" -> LatencySummary::p95Ms;
                case "p99" -> LatencySummary::p99Ms;
                default -> LatencySummary::maxMs;
            };
            into.add(Gauge.builder(name, latest, l -> known(l.get(), s -> stat.applyAsDouble(summary.apply(s)) / 1000.0))
                    .description(description).baseUnit(MeterNames.UNIT_SECONDS)
                    .tags(tags.and(MeterNames.TAG_PERCENTILE, percentile)).strongReference(true).register(registry));
        }
    }

    private static double known(PoolReading reading, ToDoubleFunction<PoolSnapshot> value) {
        if (reading == null || !reading.snapshot().reachable()) {
            return Double.NaN;
        }
        return value.applyAsDouble(reading.snapshot());
    }
}
