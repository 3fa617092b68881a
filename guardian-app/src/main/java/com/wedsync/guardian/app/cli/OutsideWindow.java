package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.wedding.Wedding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The weddings of a source that lie outside the window {@code calendar inspect} shows by default, and the
 * (UTC) dates they span, so that an empty listing says where the weddings are.
 */
record OutsideWindow(int count, LocalDate first, LocalDate last) {

    /** How far either side of today the survey looks (recurring series are expanded over it). */
    private static final Period REACH = Period.ofYears(25);

    /** The source's weddings outside [start, end), if it has any; empty too when the wider read fails. */
    static Optional<OutsideWindow> survey(String source, String zone, LocalDate today, Instant start, Instant end) {
        CalendarLoad all;
        try {
            all = CalendarCommand.load(source, zone, today.minus(REACH).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    today.plus(REACH).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (CalendarReadException | IllegalArgumentException e) {
            return Optional.empty();
        }
        List<LocalDate> dates = all.weddings().stream()
                .filter(w -> !w.end().isAfter(start) || !w.start().isBefore(end))
                .map(Wedding::start)
                .map(i -> i.atZone(ZoneOffset.UTC).toLocalDate())
                .sorted()
                .toList();
        return dates.isEmpty() ? Optional.empty() : Optional.of(new OutsideWindow(dates.size(), dates.get(0), dates.get(dates.size() - 1)));
    }

    /** "; 12 lie outside this window, from 2025-03-01 to 2025-10-18: use --from/--to". */
    String hint() {
        return "; " + count + (count == 1 ? " lies" : " lie") + " outside this window, from " + first + " to " + last
                + ": use --from/--to";
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count);
        m.put("first", first.toString());
        m.put("last", last.toString());
        return m;
    }
}
