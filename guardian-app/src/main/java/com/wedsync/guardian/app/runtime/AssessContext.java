package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.wedding.ContextAnalyzer;
import com.wedsync.guardian.wedding.WeddingContext;

import java.time.Clock;

/**
 * Stage: the wedding context at this tick, raised to EMERGENCY when a pool is CRITICAL or DOWN during a
 * wedding. The calendar's own clock may differ from the tick's (the demo compresses a Saturday).
 */
final class AssessContext implements TickStage {

    private final ContextAnalyzer analyzer;
    private final CalendarStatus calendar;
    private final Clock venueClock;
    private final EmergencyDeclarations emergencies;

    AssessContext(ContextAnalyzer analyzer, CalendarStatus calendar, Clock venueClock,
                  EmergencyDeclarations emergencies) {
        this.emergencies = emergencies;
        this.analyzer = analyzer;
        this.calendar = calendar;
        this.venueClock = venueClock;

    }

    @Override
    public void run(TickState tick) {
        WeddingContext context = analyzer.analyze(calendar.get(), venueClock == null ? tick.now : venueClock.instant());
        for (PoolHealth h : tick.health.values()) {
            context = context.withPoolHealth(h.pool(), h.status());
        }
        var declared = emergencies.active(tick.now);
        if (declared.isPresent()) {
            context = context.withEmergencyDeclared(declared.get().reason() + " (" + declared.get().actor() + ")");
        }
        if (calendar.stale(tick.now)) {
            context = context.withReason(calendar.describe(tick.now));
        }
        tick.context = context;
        tick.calendarAges = calendar.ages(tick.now);
    }
}
