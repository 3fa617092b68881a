package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.freeze.BreakGlass;
import com.wedsync.guardian.freeze.DeployOverride;
import com.wedsync.guardian.freeze.FreezeDecision;
import com.wedsync.guardian.freeze.FreezeFacts;
import com.wedsync.guardian.freeze.FreezeGate;
import com.wedsync.guardian.freeze.FreezeQuery;
import com.wedsync.guardian.freeze.FreezeSchedule;
import com.wedsync.guardian.freeze.ScheduledFreeze;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The deploy freeze of a running guardian: the gate fed with the live calendar (and whether it is stale), a declared
 * emergency and the break-glass overrides granted through the API.
 */
public final class DeployFreeze {

    private final FreezeGate gate;
    private final FreezeSchedule schedule;
    private final BreakGlass breakGlass;
    private final CalendarStatus calendar;
    private final EmergencyDeclarations emergencies;
    private final Clock clock;

    DeployFreeze(FreezeGate gate, FreezeSchedule schedule, BreakGlass breakGlass, CalendarStatus calendar,
                 EmergencyDeclarations emergencies, Clock clock) {
        this.gate = gate;
        this.schedule = schedule;
        this.breakGlass = breakGlass;
        this.calendar = calendar;
        this.emergencies = emergencies;
        this.clock = clock;
    }

    /** The answer for {@code service} in {@code environment} at {@code at} (now when empty). */
    public FreezeDecision decide(String service, String environment, Optional<Instant> at) {
        Instant now = clock.instant();
        return gate.decide(new FreezeQuery(service, environment, at.orElse(now)), facts(now));
    }

    /** The freezes over [from, to) as windows in their own zones, for exports. */
    public List<ScheduledFreeze> schedule(Instant from, Instant to) {
        return schedule.between(calendar.get(), from, to);
    }

    /** Audits, then grants; see {@link BreakGlass#grant}. */
    public DeployOverride grant(DeployOverride o) {
        return breakGlass.grant(o);
    }

    public List<DeployOverride> activeOverrides() {
        return breakGlass.active(clock.instant());
    }

    public Clock clock() {
        return clock;
    }

    private FreezeFacts facts(Instant now) {
        Optional<String> stale = calendar.stale(now) ? Optional.of(calendar.describe(now)) : Optional.empty();
        Optional<String> emergency = emergencies.active(now).map(d -> d.reason() + " (declared by " + d.actor()
                + " until " + d.until() + ")");
        return new FreezeFacts(calendar.get(), stale, emergency, breakGlass.active(now));
    }
}
