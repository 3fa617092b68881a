package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.app.fleet.Fleet;
import com.wedsync.guardian.fleet.Grant;
import com.wedsync.guardian.fleet.PoolReport;
import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.metrics.readings.FleetFigure;
import com.wedsync.guardian.metrics.readings.ForecastPoint;
import com.wedsync.guardian.metrics.readings.GuardianReadings;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.wedding.WeddingContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The metrics' view of the guardian: read straight from the latest frozen {@link GuardianView}. */
final class ViewReadings implements GuardianReadings {

    private final Supplier<GuardianView> view;
    private final Supplier<Collection<ForecastPoint>> forecasts;
    private final Fleet fleet;

    /** @param fleet this instance's side of the fleet, or null outside one */
    ViewReadings(Supplier<GuardianView> view, Supplier<Collection<ForecastPoint>> forecasts, Fleet fleet) {
        this.view = view;
        this.forecasts = forecasts;
        this.fleet = fleet;
    }

    @Override
    public Collection<PoolSnapshot> pools() {
        return view.get().pools().stream().map(PoolStatus::snapshot).filter(Objects::nonNull).toList();
    }

    @Override
    public Map<String, PoolHealth> health() {
        Map<String, PoolHealth> out = new LinkedHashMap<>();
        for (PoolStatus p : view.get().pools()) {
            if (p.health() != null) {
                out.put(p.name(), p.health());
            }
        }
        return out;
    }

    @Override
    public WeddingContext context() {
        return view.get().context();
    }

    @Override
    public Collection<ForecastPoint> forecasts() {
        return forecasts.get();
    }

    @Override
    public Map<String, Duration> calendarAges() {
        return view.get().calendarAges();
    }

    @Override
    public Collection<ServerView> servers() {
        return view.get().serverViews();
    }

    @Override
    public Map<String, Integer> fleetBudgets() {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (fleet != null) {
            fleet.state().budgets().forEach(b -> out.put(b.database(), b.usable()));
        }
        return out;
    }

    @Override
    public Collection<FleetFigure> fleetPools() {
        if (fleet == null) {
            return List.of();
        }
        Fleet.State st = fleet.state();
        List<FleetFigure> out = new ArrayList<>();
        for (PoolReport p : st.reported()) {
            Grant g = st.grants().get(p.pool());
            out.add(new FleetFigure(p.pool(), fleet.instance(), g == null ? p.max() : g.reservation(), p.wanted()));
        }
        return out;
    }
}
