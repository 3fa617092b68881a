package com.wedsync.guardian.metrics.binder;

import com.wedsync.guardian.metrics.readings.FleetFigure;
import com.wedsync.guardian.metrics.readings.ForecastPoint;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.wedding.WeddingContext;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Registrations of the guardian's own gauges, one per {@link GaugeFamily}. */
final class GuardianGauges {

    private GuardianGauges() {
    }

    /** Criticality, weddings in progress and guests at risk: a family with the single key {@code ""}. */
    static List<Meter> wedding(MeterRegistry registry, String key, Tags tags, GaugeFamily.Latest<WeddingContext> latest) {
        return List.of(
                gauge(registry, MeterNames.CRITICALITY, tags, null, latest,
                        c -> c.criticality().score(), "Wedding criticality, 1 routine to 5 emergency"),
                gauge(registry, MeterNames.IN_PROGRESS, tags, MeterNames.UNIT_WEDDING, latest,
                        c -> c.inProgress().size(), "Weddings in progress"),
                gauge(registry, MeterNames.GUESTS_AT_RISK, tags, MeterNames.UNIT_GUEST, latest,
                        WeddingContext::guestsAtRisk, "Guests of the weddings in progress or today"));
    }

    /** The forecast with its bounds, tag {@code bound} = expected, low or high. */
    static List<Meter> forecast(MeterRegistry registry, String pool, Tags context, GaugeFamily.Latest<ForecastPoint> latest) {
        Tags tags = context.and(MeterNames.TAG_POOL, pool);
        String help = "Forecast connections in use, with its prediction interval";
        return List.of(
                gauge(registry, MeterNames.FORECAST, tags.and(MeterNames.TAG_BOUND, "expected"),
                        MeterNames.UNIT_CONNECTION, latest, ForecastPoint::expected, help),
                gauge(registry, MeterNames.FORECAST, tags.and(MeterNames.TAG_BOUND, "low"),
                        MeterNames.UNIT_CONNECTION, latest, ForecastPoint::low, help),
                gauge(registry, MeterNames.FORECAST, tags.and(MeterNames.TAG_BOUND, "high"),
                        MeterNames.UNIT_CONNECTION, latest, ForecastPoint::high, help));
    }

    /** Connections still available on a database server; NaN while its view is unavailable. */
    static List<Meter> headroom(MeterRegistry registry, String database, Tags context, GaugeFamily.Latest<ServerView> latest) {
        return List.of(gauge(registry, MeterNames.DB_HEADROOM, context.and(MeterNames.TAG_DATABASE, database),
                MeterNames.UNIT_CONNECTION, latest, v -> v.available() ? v.headroom() : Double.NaN,
                "Connections still available to ordinary users: max_connections - reserved - open"));
    }

    /** The connections the fleet may divide on a database (issue 12). */
    static List<Meter> fleetBudget(MeterRegistry registry, String database, Tags context, GaugeFamily.Latest<Integer> latest) {
        return List.of(gauge(registry, MeterNames.FLEET_BUDGET, context.and(MeterNames.TAG_DATABASE, database),
                MeterNames.UNIT_CONNECTION, latest, Integer::doubleValue,
                "Connections the fleet may divide: max_connections - reserved - margin - outside clients"));
    }

    /** A pool's fleet reservation and wanted size (issue 12). */
    static List<Meter> fleetPool(MeterRegistry registry, String key, Tags context, GaugeFamily.Latest<FleetFigure> latest) {
        FleetFigure f = latest.get();
        Tags tags = context.and(MeterNames.TAG_FLEET_POOL, f.pool()).and(MeterNames.TAG_FLEET_INSTANCE, f.instance());
        return List.of(
                gauge(registry, MeterNames.FLEET_RESERVATION, tags, MeterNames.UNIT_CONNECTION, latest,
                        FleetFigure::reservation, "The largest maximum the fleet lets this pool grow to"),
                gauge(registry, MeterNames.FLEET_WANTED, tags, MeterNames.UNIT_CONNECTION, latest,
                        FleetFigure::wanted, "The maximum this pool's planner wants"));
    }

    /** Seconds since a calendar source was last read successfully. */
    static List<Meter> calendarAge(MeterRegistry registry, String source, Tags context, GaugeFamily.Latest<Duration> latest) {
        return List.of(gauge(registry, MeterNames.CALENDAR_AGE, context.and(MeterNames.TAG_SOURCE, source),
                MeterNames.UNIT_SECONDS, latest, d -> d.toMillis() / 1000.0,
                "Seconds since the calendar source was last read successfully"));
    }

    private static <S> Meter gauge(MeterRegistry registry, String name, Tags tags, String unit,
                                   GaugeFamily.Latest<S> latest, ToDoubleFunction<S> value, String description) {
        return Gauge.builder(name, latest, l -> {
                    S s = l.get();
                    return s == null ? Double.NaN : value.applyAsDouble(s);
                })
                .description(description).baseUnit(unit).tags(tags).strongReference(true).register(registry);
    }
}
