package com.wedsync.guardian.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wedsync.guardian.app.runtime.CalendarStatus;
import com.wedsync.guardian.calendar.SourceStatus;
import com.wedsync.guardian.wedding.WeddingContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The wedding context at an instant, as {@code guardian context --json} and {@code GET /api/context} give it.
 * {@code criticality} is the score 1-5 (what alerts and their labels carry, and what a client compares),
 * {@code level} its name. {@code calendar} is the running guardian's calendar freshness: a one-shot CLI read has
 * none, so it is left out there.
 */
public record ContextDoc(Instant at, int criticality, String level, boolean protectedWindow, boolean peakSeason,
                         List<WeddingDoc> weddingsInProgress, List<WeddingDoc> weddingsToday,
                         List<WeddingDoc> weddingsTomorrow, int guestsAtRisk, int vendorsAtRisk, List<String> venues,
                         List<String> reasons, @JsonInclude(JsonInclude.Include.NON_NULL) Freshness calendar) {

    public static ContextDoc of(WeddingContext c) {
        return new ContextDoc(c.at(), c.criticality().score(), c.criticality().name(), c.protectedWindow(),
                c.peakSeason(), WeddingDoc.all(c.inProgress()), WeddingDoc.all(c.today()), WeddingDoc.all(c.tomorrow()),
                c.guestsAtRisk(), c.vendorsAtRisk(), c.venues().stream().sorted().toList(), c.reasons(), null);
    }

    /** This context with the calendar's freshness at {@code now}. */
    public ContextDoc withCalendar(CalendarStatus status, Instant now) {
        Freshness f = new Freshness(status.lastRefreshed(), status.stale(now), status.get().size(),
                status.sources(now).stream().map(Source::of).toList());
        return new ContextDoc(at, criticality, level, protectedWindow, peakSeason, weddingsInProgress, weddingsToday,
                weddingsTomorrow, guestsAtRisk, vendorsAtRisk, venues, reasons, f);
    }

    /** When the calendar last refreshed, whether it is stale, how many weddings it holds, and each source. */
    public record Freshness(Optional<Instant> lastRefreshed, boolean stale, int weddings, List<Source> sources) {
    }

    /** One calendar source's standing. */
    public record Source(String name, Optional<Instant> lastRefreshed, Optional<Instant> lastAttempt, int weddings,
                         int problems, boolean stale, Optional<String> lastError) {

        static Source of(SourceStatus s) {
            return new Source(s.name(), s.lastRefreshed(), s.lastAttempt(), s.weddings(), s.problems(), s.stale(),
                    s.lastError());
        }
    }
}
