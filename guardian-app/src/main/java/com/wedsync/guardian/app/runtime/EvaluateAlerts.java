package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.alert.pipeline.AlertDesk;

/**
 * Stage: the alert pipeline over this tick's health and context (route, inhibit, silence, group, escalate,
 * rate-limit), writing what must be sent to the outbox; the dispatcher sends it on its own thread.
 */
final class EvaluateAlerts implements TickStage {

    private final AlertDesk desk;
    private final CalendarStatus calendar;

    EvaluateAlerts(AlertDesk desk, CalendarStatus calendar) {
        this.desk = desk;
        this.calendar = calendar;
    }

    @Override
    public void run(TickState tick) {
        desk.evaluate(tick.now, tick.health.values(), tick.context, calendar.stale(tick.now));
    }
}
