package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.alert.pipeline.AlertDesk;
import com.wedsync.guardian.health.PoolHealth;

import java.time.Instant;
import java.util.Collection;

/**
 * Stage: the alert pipeline over this tick's health and context (route, inhibit, silence, group, escalate,
 * rate-limit), writing what must be sent to the outbox; the dispatcher sends it on its own thread.
 */
final class EvaluateAlerts implements TickStage {

    /** What this instance alerts on of the tick's health: all of it alone; in a fleet, database conditions only with the duty. */
    @FunctionalInterface
    interface Voice {
        Voice ALONE = (now, healths) -> healths;

        Collection<PoolHealth> speak(Instant now, Collection<PoolHealth> healths);
    }

    private final AlertDesk desk;
    private final CalendarStatus calendar;
    private final Voice voice;

    EvaluateAlerts(AlertDesk desk, CalendarStatus calendar, Voice voice) {
        this.desk = desk;
        this.calendar = calendar;
        this.voice = voice;
    }

    @Override
    public void run(TickState tick) {
        desk.evaluate(tick.now, voice.speak(tick.now, tick.health.values()), tick.context, calendar.stale(tick.now));
    }
}
