package com.wedsync.guardian.metrics.readings;

import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.wedding.WeddingContext;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * The guardian's latest state, as the metrics see it. The application implements it over what its
 * tick already holds; every method must be cheap (no I/O): it is read once per refresh.
 * A pool, server, forecast or calendar source that disappears from a reading loses its meters.
 */
public interface GuardianReadings {

    /** The latest snapshot of every pool being watched, one per pool name. */
    Collection<PoolSnapshot> pools();

    /** The latest health per pool name; a pool without an entry exports no health value. */
    Map<String, PoolHealth> health();

    /** The wedding context now. */
    WeddingContext context();

    /** The current forecast per pool (the point for the next interval). */
    Collection<ForecastPoint> forecasts();

    /** Time since each calendar source was last read successfully, by source name. */
    Map<String, Duration> calendarAges();

    /** The latest view of each database server. */
    Collection<ServerView> servers();

    /** The usable connections of each database, as the fleet last divided them; empty outside a fleet. */
    default Map<String, Integer> fleetBudgets() {
        return Map.of();
    }

    /** This instance's pools in the fleet: reservation and wanted size; empty outside a fleet. */
    default Collection<FleetFigure> fleetPools() {
        return java.util.List.of();
    }
}
