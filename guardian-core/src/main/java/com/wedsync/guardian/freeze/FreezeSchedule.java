package com.wedsync.guardian.freeze;

import com.wedsync.guardian.wedding.ContextAnalyzer;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.Wedding;
import com.wedsync.guardian.wedding.WeddingCalendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The freezes of a range as windows for tools that pull schedules (Argo CD, GitLab, calendars), each in its own zone:
 * every wedding's freeze in its venue's zone, judged by the same rules as the decision (a timeline of that wedding
 * alone), each home zone's Saturday protected hours, and the windows from config.
 */
public final class FreezeSchedule {

    private static final Duration AROUND_A_WEDDING = Duration.ofDays(3);

    private final ContextPolicy context;
    private final FreezePolicy policy;

    public FreezeSchedule(ContextPolicy context, FreezePolicy policy) {
        this.context = context;
        this.policy = policy;
    }

    public List<ScheduledFreeze> between(WeddingCalendar calendar, Instant from, Instant to) {
        List<ScheduledFreeze> out = new ArrayList<>();
        out.addAll(weddings(calendar, from, to));
        out.addAll(saturdays(from, to));
        for (FreezeWindow w : policy.windows()) {
            List<ZonedDateTime> starts = w.openings(from, to).stream().map(o -> o[0].atZone(w.zone())).toList();
            out.add(new ScheduledFreeze(w.kind(), w.schedule().expression(), w.duration(), w.zone(),
                    "configured " + w.describe(), starts));
        }
        return out;
    }

    private List<ScheduledFreeze> weddings(WeddingCalendar calendar, Instant from, Instant to) {
        ContextPolicy hoursOnly = ContextPolicy.builder()
                .protectedHours(context.protectedFrom(), context.protectedTo()).build();
        FreezeTimeline alone = new FreezeTimeline(new ContextAnalyzer(hoursOnly),
                FreezePolicy.builder().threshold(policy.threshold()).build());
        Set<ScheduledFreeze> out = new LinkedHashSet<>();
        for (Wedding w : calendar.between(from, to)) {
            for (FreezePeriod p : alone.periods(WeddingCalendar.of(List.of(w)), w.start().minus(AROUND_A_WEDDING),
                    w.end().plus(AROUND_A_WEDDING))) {
                if (p.end().isAfter(from) && p.start().isBefore(to)) {
                    out.add(ScheduledFreeze.once(p.start().atZone(w.zone()), Duration.between(p.start(), p.end()),
                            p.reasons().get(0)));
                }
            }
        }
        return List.copyOf(out);
    }

    private List<ScheduledFreeze> saturdays(Instant from, Instant to) {
        List<ScheduledFreeze> out = new ArrayList<>();
        Duration hours = Duration.between(context.protectedFrom(), context.protectedTo());
        for (ZoneId zone : context.homeZones()) {
            List<ZonedDateTime> starts = new ArrayList<>();
            LocalDate last = LocalDate.ofInstant(to, zone);
            for (LocalDate d = LocalDate.ofInstant(from, zone); !d.isAfter(last); d = d.plusDays(1)) {
                ZonedDateTime start = d.atTime(context.protectedFrom()).atZone(zone);
                if (d.getDayOfWeek() == DayOfWeek.SATURDAY && start.toInstant().isBefore(to)
                        && start.toInstant().plus(hours).isAfter(from)) {
                    starts.add(start);
                }
            }
            out.add(new ScheduledFreeze(FreezeWindow.Kind.DENY, context.protectedFrom().getMinute() + " "
                    + context.protectedFrom().getHour() + " * * 6", hours, zone,
                    "Saturday protected hours in home zone " + zone, starts));
        }
        return out;
    }
}
