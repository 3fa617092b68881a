package com.wedsync.guardian.metrics;

import com.wedsync.guardian.metrics.binder.EventCounters;
import com.wedsync.guardian.metrics.binder.GuardianBinder;
import com.wedsync.guardian.metrics.config.MetricsConfig;
import com.wedsync.guardian.metrics.export.Exporters;
import com.wedsync.guardian.metrics.readings.GuardianEvents;
import com.wedsync.guardian.metrics.readings.GuardianReadings;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metrics of one guardian: its exporters, its meters and its event counters.
 * <pre>
 * GuardianMetrics metrics = GuardianMetrics.start(config, readings);  // once, at startup
 * metrics.refresh();                                                 // at the end of every tick
 * metrics.events().recordScalingAction("orders", "applied");        // as things happen
 * metrics.scrape();                                                  // GET /metrics
 * metrics.close();                                                   // at shutdown
 * </pre>
 */
public final class GuardianMetrics implements AutoCloseable {

    /** The content type of {@link #scrape()}: Prometheus text format 0.0.4. */
    public static final String SCRAPE_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Logger LOG = LoggerFactory.getLogger(GuardianMetrics.class);

    private final MeterRegistry registry;
    /** False when the registry is the application's: closing unbinds the guardian's meters and leaves it open. */
    private final boolean ownsRegistry;
    private final PrometheusMeterRegistry prometheus;
    private final List<MeterRegistry> exporters;
    private final GuardianBinder binder;
    private final GuardianEvents events;

    private GuardianMetrics(MeterRegistry registry, boolean ownsRegistry, PrometheusMeterRegistry prometheus,
                            List<MeterRegistry> exporters, GuardianBinder binder) {
        this.registry = registry;
        this.ownsRegistry = ownsRegistry;
        this.prometheus = prometheus;
        this.exporters = List.copyOf(exporters);
        this.binder = binder;
        this.events = new EventCounters(registry);
    }

    /** Starts the enabled exporters and binds the guardian's meters over {@code readings}. */
    public static GuardianMetrics start(MetricsConfig config, GuardianReadings readings) {
        return start(config, readings, Clock.SYSTEM);
    }

    public static GuardianMetrics start(MetricsConfig config, GuardianReadings readings, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(readings, "readings");
        CompositeMeterRegistry composite = new CompositeMeterRegistry(clock);
        List<MeterRegistry> exporters = new ArrayList<>();
        PrometheusMeterRegistry prometheus = null;
        if (config.prometheusEnabled()) {
            prometheus = Exporters.prometheus(clock);
            exporters.add(prometheus);
        }
        if (config.statsd().enabled()) {
            exporters.add(Exporters.statsd(config.statsd(), clock));
        }
        if (config.otlp().enabled()) {
            exporters.add(Exporters.otlp(config.otlp(), clock));
        }
        exporters.forEach(composite::add);
        GuardianBinder binder = new GuardianBinder(readings);
        binder.bindTo(composite);
        LOG.info("metrics started: {}", config);
        return new GuardianMetrics(composite, true, prometheus, exporters, binder);
    }

    /**
     * Binds the guardian's meters, under the same names, into a registry the application owns (a Spring Boot
     * application's {@code MeterRegistry}): no exporter of the guardian's own starts, {@link #scrape()} is empty, and
     * {@link #close()} removes the guardian's meters but leaves the registry open. Prometheus names match the
     * guardian's own {@code /metrics} when the registry applies {@link #prometheusUnits()}.
     */
    public static GuardianMetrics bindTo(MeterRegistry application, GuardianReadings readings) {
        Objects.requireNonNull(application, "registry");
        Objects.requireNonNull(readings, "readings");
        GuardianBinder binder = new GuardianBinder(readings);
        binder.bindTo(application);
        return new GuardianMetrics(application, false, null, List.of(), binder);
    }

    /**
     * The unit mapping the guardian's Prometheus registry applies ({@code db_client_connection_max}, not
     * {@code db_client_connection_max_connections}), for a Prometheus registry the application owns. It maps only
     * the guardian's meters ({@code db.client.connection.*}, {@code guardian.*}): the application's keep their names.
     */
    public static io.micrometer.core.instrument.config.MeterFilter prometheusUnits() {
        return com.wedsync.guardian.metrics.export.PrometheusUnits.guardianOnly();
    }

    /** Brings every meter up to date with the readings; cheap, never waits on an exporter. */
    public void refresh() {
        binder.refresh();
    }

    /** Where scaling actions and alert deliveries are counted. */
    public GuardianEvents events() {
        return events;
    }

    /** True when {@link #scrape()} has something to serve. */
    public boolean prometheusEnabled() {
        return prometheus != null;
    }

    /** The Prometheus text exposition for {@code GET /metrics}; empty when Prometheus is off (serve 404 then). */
    public String scrape() {
        return prometheus == null ? "" : prometheus.scrape();
    }

    /** The registry every exporter hangs off, to bind more meters to (JVM metrics, say). */
    public MeterRegistry registry() {
        return registry;
    }

    /** Pools that have meters now. */
    public int poolCount() {
        return binder.poolCount();
    }

    /** Stops the exporters; OTLP makes one last export, bounded by its timeout. */
    @Override
    public void close() {
        binder.unbind();
        for (MeterRegistry exporter : exporters) {
            try {
                exporter.close();
            } catch (RuntimeException e) {
                LOG.warn("metrics exporter {} did not close cleanly: {}", exporter.getClass().getSimpleName(), e.toString());
            }
        }
        if (ownsRegistry) {
            registry.close();
        }
    }
}
