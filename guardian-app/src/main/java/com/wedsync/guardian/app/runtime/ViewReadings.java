package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.metrics.readings.ForecastPoint;
import com.wedsync.guardian.metrics.readings.GuardianReadings;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.wedding.WeddingContext;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The metrics' view of the guardian: read straight from the latest frozen {@link GuardianView}. */
final class ViewReadings implements GuardianReadings {

    private final Supplier<GuardianView> view;
    private final Supplier<Collection<ForecastPoint>> forecasts;

    ViewReadings(Supplier<GuardianView> view, Supplier<Collection<ForecastPoint>> forecasts) {
        this.view = view;
        this.forecasts = forecasts;
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
}
