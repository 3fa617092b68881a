package com.wedsync.guardian.metrics.binder;

import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.metrics.readings.FleetFigure;
import com.wedsync.guardian.metrics.readings.ForecastPoint;
import com.wedsync.guardian.metrics.readings.GuardianReadings;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.wedding.WeddingContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Binds every guardian meter to a registry and keeps them in step with {@link GuardianReadings}.
 * {@link #refresh()} reads the readings once and is meant to run at the end of every tick, on the
 * tick's thread: it only updates in-memory holders (and adds or removes meters when pools come and
 * go or the wedding context changes), so it never waits on an exporter.
 */
public final class GuardianBinder implements MeterBinder {

    private final GuardianReadings readings;
    private MeterRegistry registry;
    private GaugeFamily<PoolReading> pools;
    private GaugeFamily<WeddingContext> wedding;
    private GaugeFamily<ForecastPoint> forecasts;
    private GaugeFamily<ServerView> servers;
    private GaugeFamily<Duration> calendars;
    private GaugeFamily<Integer> fleetBudgets;
    private GaugeFamily<FleetFigure> fleetPools;
    private TimeoutCounters timeouts;

    public GuardianBinder(GuardianReadings readings) {
        this.readings = Objects.requireNonNull(readings, "readings");
    }

    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        if (this.registry != null) {
            throw new IllegalStateException("GuardianBinder is already bound to a registry");
        }
        this.registry = registry;
        pools = new GaugeFamily<>(registry, new PoolGauges());
        wedding = new GaugeFamily<>(registry, GuardianGauges::wedding);
        forecasts = new GaugeFamily<>(registry, GuardianGauges::forecast);
        servers = new GaugeFamily<>(registry, GuardianGauges::headroom);
        calendars = new GaugeFamily<>(registry, GuardianGauges::calendarAge);
        fleetBudgets = new GaugeFamily<>(registry, GuardianGauges::fleetBudget);
        fleetPools = new GaugeFamily<>(registry, GuardianGauges::fleetPool);
        timeouts = new TimeoutCounters(registry);
        refresh();
    }

    /** Reads the readings and brings every meter up to date. Call once per tick, after the tick's work. */
    public synchronized void refresh() {
        if (registry == null) {
            throw new IllegalStateException("GuardianBinder.refresh() before bindTo(registry)");
        }
        WeddingContext context = readings.context();
        Tags contextTags = ContextTags.of(context);
        Map<String, PoolReading> byPool = poolReadings();
        pools.update(byPool, contextTags);
        timeouts.update(byPool);
        wedding.update(Map.of("", context), contextTags);
        Map<String, ForecastPoint> byForecast = new LinkedHashMap<>();
        readings.forecasts().forEach(f -> byForecast.put(f.pool(), f));
        forecasts.update(byForecast, contextTags);
        Map<String, ServerView> byServer = new LinkedHashMap<>();
        readings.servers().forEach(v -> byServer.put(v.database(), v));
        servers.update(byServer, contextTags);
        calendars.update(readings.calendarAges(), contextTags);
        fleetBudgets.update(readings.fleetBudgets(), contextTags);
        Map<String, FleetFigure> byFleetPool = new LinkedHashMap<>();
        readings.fleetPools().forEach(f -> byFleetPool.put(f.instance() + "/" + f.pool(), f));
        fleetPools.update(byFleetPool, contextTags);
    }

    /** Removes every meter this binder registered (the event counters are not its own). */
    public synchronized void unbind() {
        if (registry == null) {
            return;
        }
        pools.clear();
        wedding.clear();
        forecasts.clear();
        servers.clear();
        calendars.clear();
        fleetBudgets.clear();
        fleetPools.clear();
        timeouts.clear();
    }

    /** How many pools have meters now. */
    public synchronized int poolCount() {
        return pools == null ? 0 : pools.size();
    }

    private Map<String, PoolReading> poolReadings() {
        Map<String, PoolHealth> health = readings.health();
        Map<String, PoolReading> byPool = new HashMap<>();
        for (PoolSnapshot s : readings.pools()) {
            byPool.put(s.pool(), new PoolReading(s, health.get(s.pool())));
        }
        return byPool;
    }
}
