package com.wedsync.guardian.wedding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable set of weddings, indexed by venue zone and venue-local date so that "which weddings
 * are on today / tomorrow / now" costs a few hash lookups per zone, never a scan of the calendar.
 * The same wedding seen twice (same id, e.g. the same ICS UID in two feeds) counts once: the first wins.
 */
public final class WeddingCalendar {

    /** A wedding longer than this is indexed on its first days only; guards against a bogus multi-year event. */
    static final int MAX_INDEXED_DAYS = 400;

    private static final WeddingCalendar EMPTY = new WeddingCalendar(List.of());

    private final List<Wedding> weddings;
    private final Map<ZoneId, Map<LocalDate, List<Wedding>>> byZoneAndDate;

    private WeddingCalendar(Collection<Wedding> input) {
        Map<String, Wedding> unique = new LinkedHashMap<>();
        for (Wedding w : input) {
            unique.putIfAbsent(w.id(), w);
        }
        List<Wedding> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparing(Wedding::start).thenComparing(Wedding::id));
        this.weddings = Collections.unmodifiableList(sorted);
        Map<ZoneId, Map<LocalDate, List<Wedding>>> index = new HashMap<>();
        for (Wedding w : sorted) {
            Map<LocalDate, List<Wedding>> byDate = index.computeIfAbsent(w.zone(), z -> new HashMap<>());
            LocalDate first = w.localDate();
            LocalDate last = w.lastLocalDate();
            int days = 0;
            for (LocalDate d = first; !d.isAfter(last) && days < MAX_INDEXED_DAYS; d = d.plusDays(1), days++) {
                byDate.computeIfAbsent(d, k -> new ArrayList<>(2)).add(w);
            }
        }
        this.byZoneAndDate = index;
    }

    public static WeddingCalendar empty() {
        return EMPTY;
    }

    public static WeddingCalendar of(Collection<Wedding> weddings) {
        return weddings.isEmpty() ? EMPTY : new WeddingCalendar(weddings);
    }

    /** Several calendars as one; a wedding present in more than one counts once (earlier calendars win). */
    public static WeddingCalendar merge(List<WeddingCalendar> calendars) {
        List<Wedding> all = new ArrayList<>();
        for (WeddingCalendar c : calendars) {
            all.addAll(c.weddings);
        }
        return of(all);
    }

    /** Every wedding, ordered by start. */
    public List<Wedding> weddings() {
        return weddings;
    }

    public int size() {
        return weddings.size();
    }

    public boolean isEmpty() {
        return weddings.isEmpty();
    }

    /** The venue zones that hold at least one wedding. */
    public Set<ZoneId> zones() {
        return Collections.unmodifiableSet(byZoneAndDate.keySet());
    }

    /** Weddings in {@code zone} that occupy the venue-local {@code date} (any part of it). */
    public List<Wedding> on(ZoneId zone, LocalDate date) {
        Map<LocalDate, List<Wedding>> byDate = byZoneAndDate.get(zone);
        if (byDate == null) {
            return List.of();
        }
        List<Wedding> found = byDate.get(date);
        return found == null ? List.of() : Collections.unmodifiableList(found);
    }

    /**
     * Weddings that occupy the venue-local date {@code dayOffset} days after the venue-local date of
     * {@code at}: 0 is "today" and 1 "tomorrow", each in the wedding's own zone.
     */
    public List<Wedding> onLocalDay(Instant at, int dayOffset) {
        List<Wedding> out = new ArrayList<>();
        for (Map.Entry<ZoneId, Map<LocalDate, List<Wedding>>> e : byZoneAndDate.entrySet()) {
            LocalDate day = LocalDate.ofInstant(at, e.getKey()).plusDays(dayOffset);
            List<Wedding> found = e.getValue().get(day);
            if (found != null) {
                out.addAll(found);
            }
        }
        return out;
    }

    /** Weddings in progress at {@code at}. */
    public List<Wedding> inProgress(Instant at) {
        List<Wedding> out = new ArrayList<>();
        for (Wedding w : onLocalDay(at, 0)) {
            if (w.inProgressAt(at)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Weddings that overlap [from, to), ordered by start. */
    public List<Wedding> between(Instant from, Instant to) {
        List<Wedding> out = new ArrayList<>();
        for (Wedding w : weddings) {
            if (!w.start().isBefore(to)) {
                break;
            }
            if (w.end().isAfter(from) || (w.start().equals(w.end()) && !w.start().isBefore(from))) {
                out.add(w);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "WeddingCalendar[" + weddings.size() + " weddings in " + byZoneAndDate.size() + " zones]";
    }
}
