package com.wedsync.guardian.freeze;

import com.wedsync.guardian.wedding.ContextAnalyzer;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.Wedding;
import com.wedsync.guardian.wedding.WeddingCalendar;
import com.wedsync.guardian.wedding.WeddingContext;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The freeze periods of a calendar over a range. The freeze can only begin or end where a rule's answer can change
 * (a wedding's start or end, a venue-local midnight or protected-hours edge, a home-zone Saturday's edges, a
 * window's opening or close), so the rules are judged at those instants alone and the answer holds in between.
 */
final class FreezeTimeline {

    /** A wedding's days are walked at most this far; guards against a bogus multi-year event. */
    private static final int MAX_DAYS_PER_WEDDING = 40;

    private record Opening(FreezeWindow window, Instant start, Instant end) {
    }

    private final ContextAnalyzer analyzer;
    private final FreezePolicy policy;

    FreezeTimeline(ContextAnalyzer analyzer, FreezePolicy policy) {
        this.analyzer = analyzer;
        this.policy = policy;
    }

    List<FreezePeriod> periods(WeddingCalendar calendar, Instant from, Instant to) {
        List<Opening> openings = new ArrayList<>();
        for (FreezeWindow w : policy.windows()) {
            for (Instant[] o : w.openings(from, to)) {
                openings.add(new Opening(w, o[0], o[1]));
            }
        }
        List<FreezePeriod> out = new ArrayList<>();
        Instant start = null;
        List<String> startReasons = List.of();
        for (Instant t : edges(calendar, openings, from, to)) {
            List<String> reasons = reasonsAt(calendar, openings, t);
            if (!reasons.isEmpty() && start == null) {
                start = t;
                startReasons = reasons;
            } else if (reasons.isEmpty() && start != null) {
                out.add(new FreezePeriod(start, t, startReasons));
                start = null;
            }
        }
        if (start != null) {
            out.add(new FreezePeriod(start, to, startReasons));
        }
        return out;
    }

    /** Why a deploy to a gated environment is frozen at {@code t}; empty when it is not. */
    private List<String> reasonsAt(WeddingCalendar calendar, List<Opening> openings, Instant t) {
        List<String> reasons = new ArrayList<>();
        WeddingContext ctx = analyzer.analyze(calendar, t);
        if (ctx.criticality().atLeast(policy.threshold())) {
            reasons.add(ctx.reasons().get(0) + " (criticality " + ctx.criticality() + " is at or above "
                    + policy.threshold() + ")");
        }
        if (ctx.protectedWindow()) {
            ctx.reasons().stream().filter(r -> r.startsWith("protected:")).forEach(reasons::add);
        }
        boolean inAllow = false;
        for (Opening o : openings) {
            boolean open = !t.isBefore(o.start()) && t.isBefore(o.end());
            if (o.window().kind() == FreezeWindow.Kind.DENY && open) {
                reasons.add(o.window().describe() + ", open since " + o.start());
            }
            if (o.window().kind() == FreezeWindow.Kind.ALLOW) {
                inAllow |= open;
            }
        }
        if (policy.windows().stream().anyMatch(w -> w.kind() == FreezeWindow.Kind.ALLOW) && !inAllow) {
            reasons.add("outside every allow window");
        }
        return reasons;
    }

    private TreeSet<Instant> edges(WeddingCalendar calendar, List<Opening> openings, Instant from, Instant to) {
        TreeSet<Instant> edges = new TreeSet<>();
        edges.add(from);
        ContextPolicy context = analyzer.policy();
        for (Wedding w : calendar.between(from.minus(Duration.ofDays(2)), to.plus(Duration.ofDays(2)))) {
            edges.add(w.start());
            edges.add(w.end());
            LocalDate last = w.lastLocalDate().plusDays(1);
            LocalDate d = w.localDate().minusDays(1);
            for (int i = 0; !d.isAfter(last) && i < MAX_DAYS_PER_WEDDING; d = d.plusDays(1), i++) {
                dayEdges(edges, d, w.zone(), context);
            }
        }
        for (ZoneId zone : context.homeZones()) {
            LocalDate last = LocalDate.ofInstant(to, zone);
            for (LocalDate d = LocalDate.ofInstant(from, zone); !d.isAfter(last); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
                    dayEdges(edges, d, zone, context);
                }
            }
        }
        for (Opening o : openings) {
            edges.add(o.start());
            edges.add(o.end());
        }
        return new TreeSet<>(edges.subSet(from, true, to, false));
    }

    private static void dayEdges(TreeSet<Instant> edges, LocalDate d, ZoneId zone, ContextPolicy context) {
        edges.add(d.atStartOfDay(zone).toInstant());
        edges.add(d.atTime(context.protectedFrom()).atZone(zone).toInstant());
        edges.add(d.atTime(context.protectedTo()).atZone(zone).toInstant());
    }
}
