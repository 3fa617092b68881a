package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.forecast.Forecast;
import com.wedsync.guardian.metrics.readings.GuardianEvents;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.scaling.Decision;
import com.wedsync.guardian.scaling.TickInput;
import com.wedsync.guardian.wedding.Wedding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stage: the scaling engine's tick: forecasts refreshed when due, then each pool's decision (applied in
 * enforce mode, recorded as a recommendation otherwise), every action audited and counted.
 */
final class PlanScaling implements TickStage {

    private static final Logger LOG = LoggerFactory.getLogger(PlanScaling.class);

    private final Scaling scaling;
    private final CalendarStatus calendar;
    private final GuardianEvents events;
    private final Set<String> ledgerFailing = ConcurrentHashMap.newKeySet();

    PlanScaling(Scaling scaling, CalendarStatus calendar, GuardianEvents events) {
        this.scaling = scaling;
        this.calendar = calendar;
        this.events = events;
    }

    @Override
    public void run(TickState tick) {
        // The tick's time is the calendar's: in the demo's compressed Saturday, windows and cooldowns compress too.
        Instant at = tick.now;
        Map<String, PoolSnapshot> snapshots = new HashMap<>();
        List<Wedding> weddings = calendar.get().weddings();
        for (MonitoredPool p : tick.pools) {
            PoolSnapshot s = p.latest();
            if (s == null) {
                continue;
            }
            snapshots.put(p.name(), s);
            scaling.ledger().observe(s);
            if (scaling.due(p.name(), at)) {
                refresh(p.name(), weddings, at);
            }
        }
        Map<String, Forecast> forecasts = scaling.forecasts();
        List<Decision> decisions = scaling.engine().tick(new TickInput(at, snapshots, tick.context,
                tick.serverViews, forecasts));
        for (Decision d : decisions) {
            if (d.auditable()) {
                events.recordScalingAction(d.pool(), d.outcome().label());
            }
        }
    }

    /**
     * A new forecast, fitted on and recorded in the ledger. When the ledger fails, the pool is still sized this
     * tick, on the forecast it had (the next tick tries again): the record must not stop the sizing. Said once
     * per pool until a refresh succeeds.
     */
    private void refresh(String pool, List<Wedding> weddings, Instant at) {
        try {
            scaling.refreshed(pool, at, scaling.ledger().refresh(pool, weddings, at));
            ledgerFailing.remove(pool);
        } catch (RuntimeException e) {
            if (ledgerFailing.add(pool)) {
                LOG.warn("forecast for pool {} not refreshed (sizing goes on with the last one): {}", pool, e.getMessage());
            }
        }
    }
}
