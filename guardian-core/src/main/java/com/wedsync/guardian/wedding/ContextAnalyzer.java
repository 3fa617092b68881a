package com.wedsync.guardian.wedding;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a calendar and an instant into a {@link WeddingContext}. Pure: the same calendar, instant and
 * policy always give the same context. "Today" and "tomorrow" are each venue's local dates, never
 * UTC's or the server's. Pool health and a declared emergency are applied afterwards with
 * {@link WeddingContext#withPoolHealth} and {@link WeddingContext#withEmergencyDeclared}.
 */
public final class ContextAnalyzer {

    /** How many weddings a reason sentence names before it says "and N more". */
    private static final int NAMED_IN_REASON = 3;

    private final ContextPolicy policy;

    public ContextAnalyzer(ContextPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public ContextPolicy policy() {
        return policy;
    }

    public WeddingContext analyze(WeddingCalendar calendar, Instant at) {
        List<Wedding> occupyingToday = calendar.onLocalDay(at, 0);
        List<Wedding> inProgress = new ArrayList<>();
        List<Wedding> today = new ArrayList<>();
        for (Wedding w : occupyingToday) {
            boolean running = w.inProgressAt(at);
            if (running) {
                inProgress.add(w);
            }
            if (running || w.isWeddingDay(LocalDate.ofInstant(at, w.zone()))) {
                today.add(w);
            }
        }
        List<Wedding> tomorrow = new ArrayList<>();
        for (Wedding w : calendar.onLocalDay(at, 1)) {
            if (w.isWeddingDay(LocalDate.ofInstant(at, w.zone()).plusDays(1))) {
                tomorrow.add(w);
            }
        }
        List<String> reasons = new ArrayList<>();
        Criticality criticality;
        if (!inProgress.isEmpty()) {
            criticality = Criticality.CRITICAL;
            reasons.add(describe(inProgress, "wedding in progress", "weddings in progress", at));
        } else if (!today.isEmpty()) {
            criticality = Criticality.HIGH;
            reasons.add(describe(today, "wedding today", "weddings today", at));
        } else if (!tomorrow.isEmpty()) {
            criticality = Criticality.ELEVATED;
            reasons.add(describe(tomorrow, "wedding tomorrow", "weddings tomorrow", at));
        } else {
            criticality = Criticality.ROUTINE;
            reasons.add("no wedding today or tomorrow");
        }

        boolean protectedWindow = protectedByWeddings(today, at, reasons) | protectedBySaturday(at, reasons);
        boolean peak = peakSeason(at, reasons);

        // Summed wide and capped: many large weddings in one day must never wrap to a negative count.
        long guests = 0;
        long vendors = 0;
        Set<String> venues = new LinkedHashSet<>();
        Set<Wedding> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Wedding w : today) {
            if (counted.add(w)) {
                guests += w.guests();
                vendors += w.vendors();
                if (!w.venue().isEmpty()) {
                    venues.add(w.venue());
                }
            }
        }
        return new WeddingContext(at, criticality, protectedWindow, peak, inProgress, today, tomorrow,
                (int) Math.min(guests, Integer.MAX_VALUE), (int) Math.min(vendors, Integer.MAX_VALUE), venues, reasons);
    }

    /** True inside the protected window at {@code at}, for callers that need only that answer. */
    public boolean isProtected(WeddingCalendar calendar, Instant at) {
        List<String> ignored = new ArrayList<>();
        return protectedByWeddings(calendar.onLocalDay(at, 0), at, ignored) | protectedBySaturday(at, ignored);
    }

    private boolean protectedByWeddings(List<Wedding> today, Instant at, List<String> reasons) {
        for (Wedding w : today) {
            if (w.inProgressAt(at)) {
                reasons.add("protected: " + name(w) + " is in progress");
                return true;
            }
            LocalDateTime local = LocalDateTime.ofInstant(at, w.zone());
            if (w.isWeddingDay(local.toLocalDate()) && policy.inProtectedHours(local.toLocalTime())) {
                reasons.add("protected: " + policy.protectedFrom() + "–" + policy.protectedTo() + " " + w.zone()
                        + " on the day of " + name(w));
                return true;
            }
        }
        return false;
    }

    private boolean protectedBySaturday(Instant at, List<String> reasons) {
        for (ZoneId zone : policy.homeZones()) {
            LocalDateTime local = LocalDateTime.ofInstant(at, zone);
            if (local.getDayOfWeek() == DayOfWeek.SATURDAY && policy.inProtectedHours(local.toLocalTime())) {
                reasons.add("protected: Saturday " + policy.protectedFrom() + "–" + policy.protectedTo()
                        + " in home zone " + zone);
                return true;
            }
        }
        return false;
    }

    private boolean peakSeason(Instant at, List<String> reasons) {
        for (SeasonRule rule : policy.seasons()) {
            if (rule.inSeason(at)) {
                reasons.add("peak season for " + rule.source() + " (" + rule.zone() + ")");
                return true;
            }
        }
        return false;
    }

    private static String describe(List<Wedding> weddings, String one, String many, Instant at) {
        StringBuilder sb = new StringBuilder();
        sb.append(weddings.size() == 1 ? one : weddings.size() + " " + many).append(": ");
        int shown = Math.min(NAMED_IN_REASON, weddings.size());
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append("; ");
            }
            Wedding w = weddings.get(i);
            sb.append(name(w)).append(" (").append(w.zone()).append(", ")
                    .append(w.localStart()).append(" local)");
        }
        if (weddings.size() > shown) {
            sb.append(" and ").append(weddings.size() - shown).append(" more");
        }
        return sb.toString();
    }

    private static String name(Wedding w) {
        String title = w.title().isEmpty() ? w.id() : w.title();
        return w.venue().isEmpty() ? title : title + " at " + w.venue();
    }
}
