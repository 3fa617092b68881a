package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.health.PoolHealth;
import com.wedsync.guardian.wedding.ContextAnalyzer;
import com.wedsync.guardian.wedding.WeddingContext;


/**
 * Stage: the wedding context at this tick, raised to EMERGENCY when a pool is CRITICAL or DOWN during a
 * wedding, at the tick's time (in the demo, the compressed Saturday's).
 */
final class AssessContext implements TickStage {

    private final ContextAnalyzer analyzer;
    private final CalendarStatus calendar;
    private final EmergencyDeclarations emergencies;

    AssessContext(ContextAnalyzer analyzer, CalendarStatus calendar, EmergencyDeclarations emergencies) {
        this.emergencies = emergencies;
        this.analyzer = analyzer;
        this.calendar = calendar;

    }

    @Override
    public void run(TickState tick) {
        WeddingContext context = analyzer.analyze(calendar.get(), tick.now);
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
