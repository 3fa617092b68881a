package com.wedsync.guardian.calendar;

import com.wedsync.guardian.wedding.ContextAnalyzer;
import com.wedsync.guardian.wedding.WeddingCalendar;
import com.wedsync.guardian.wedding.WeddingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The service's view of all its calendars. {@link #refresh(Instant)} polls each source whose poll
 * interval has passed; a source that fails keeps its last good copy, so a failed sync never lowers
 * protection. Reads ({@link #calendar()}, {@link #problems()}) never block on a refresh.
 * Thread-safe: refreshes are serialised, the merged calendar is published through a volatile field.
 */
public final class RefreshingCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshingCalendar.class);

    private final List<Entry> entries;
    private volatile WeddingCalendar calendar = WeddingCalendar.empty();

    private static final class Entry {
        final CalendarSource source;
        final CalendarSourceConfig config;
        volatile CalendarLoad good;
        volatile Instant lastRefreshed;
        volatile Instant lastAttempt;
        volatile String lastError;

        Entry(CalendarSource source, CalendarSourceConfig config) {
            this.source = source;
            this.config = config;
        }
    }

    private RefreshingCalendar(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Sources built from their configs by {@link CalendarSources#create(CalendarSourceConfig)}. */
    public static RefreshingCalendar of(List<CalendarSourceConfig> configs) {
        List<Entry> entries = new ArrayList<>();
        for (CalendarSourceConfig c : configs) {
            entries.add(new Entry(CalendarSources.create(c), c));
        }
        return new RefreshingCalendar(entries);
    }

    /** Given sources, each with the config that says how often to poll it and when it is stale. */
    public static RefreshingCalendar of(List<CalendarSource> sources, List<CalendarSourceConfig> configs) {
        if (sources.size() != configs.size()) {
            throw new IllegalArgumentException("one config per source: " + sources.size() + " sources, "
                    + configs.size() + " configs");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            entries.add(new Entry(Objects.requireNonNull(sources.get(i)), Objects.requireNonNull(configs.get(i))));
        }
        return new RefreshingCalendar(entries);
    }

    /** Polls every source that is due at {@code now}; returns true when the merged calendar changed. */
    public synchronized boolean refresh(Instant now) {
        return refresh(now, false);
    }

    /** Polls every source now, due or not (start-up, an operator's "refresh now"). */
    public synchronized boolean refreshAll(Instant now) {
        return refresh(now, true);
    }

    private boolean refresh(Instant now, boolean force) {
        boolean changed = false;
        for (Entry e : entries) {
            if (!force && e.lastAttempt != null && now.isBefore(e.lastAttempt.plus(e.config.pollInterval()))) {
                continue;
            }
            e.lastAttempt = now;
            // Day-aligned windows, so an unchanged feed read again the same day is not parsed again.
            Instant from = now.minus(e.config.lookBehind()).atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
            Instant to = now.plus(e.config.lookAhead()).atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
                    .plusDays(1).toInstant();
            try {
                CalendarLoad load = e.source.load(from, to);
                changed |= e.good == null || e.good != load;
                e.good = load;
                e.lastRefreshed = now;
                e.lastError = null;
            } catch (CalendarReadException ex) {
                e.lastError = ex.getMessage();
                LOG.warn("{}; keeping the copy from {}", ex.getMessage(),
                        e.lastRefreshed == null ? "never (no copy yet)" : e.lastRefreshed);
            } catch (OutOfMemoryError ex) {
                throw ex;
            } catch (Throwable ex) {
                // A bug in one reader (or an Error such as a StackOverflowError) must not stop the others or the
                // service: the source keeps its last good copy and says why.
                e.lastError = "calendar '" + e.config.name() + "': unexpected error: " + ex.getClass().getSimpleName();
                LOG.error("calendar '{}' failed to refresh: {}", e.config.name(), ex.toString());
            }
        }
        if (changed) {
            List<WeddingCalendar> parts = new ArrayList<>();
            for (Entry e : entries) {
                if (e.good != null) {
                    parts.add(WeddingCalendar.of(e.good.weddings()));
                }
            }
            calendar = WeddingCalendar.merge(parts);
        }
        return changed;
    }

    /** How long one round over every source may take when each waits out its connect and read time-outs. */
    public Duration longestRefresh() {
        Duration sum = Duration.ZERO;
        for (Entry e : entries) {
            sum = sum.plus(e.config.connectTimeout()).plus(e.config.readTimeout());
        }
        return sum;
    }

    /** All sources' last good copies, merged (the same wedding from two sources counts once). */
    public WeddingCalendar calendar() {
        return calendar;
    }

    /**
     * The context at {@code now} from the last good copies; when stale, a reason says since when,
     * so the API and alerts show that the answer may be missing weddings. Saturday protection in
     * the home zones does not depend on the calendar, so it holds even then.
     */
    public WeddingContext contextAt(ContextAnalyzer analyzer, Instant now) {
        WeddingContext ctx = analyzer.analyze(calendar, now);
        if (stale(now)) {
            ctx = ctx.withReason("calendar stale: " + lastRefreshed().map(t -> "last refreshed " + t)
                    .orElse("never refreshed"));
        }
        return ctx;
    }

    /** When the least recently refreshed source last refreshed; empty while any source has never refreshed. */
    public Optional<Instant> lastRefreshed() {
        Instant oldest = null;
        for (Entry e : entries) {
            if (e.lastRefreshed == null) {
                return Optional.empty();
            }
            if (oldest == null || e.lastRefreshed.isBefore(oldest)) {
                oldest = e.lastRefreshed;
            }
        }
        return Optional.ofNullable(oldest);
    }

    /** True when any source has no good copy, or its copy is older than its {@code staleAfter}. */
    public boolean stale(Instant now) {
        for (Entry e : entries) {
            if (stale(e, now)) {
                return true;
            }
        }
        return false;
    }

    /** The problems in the sources' last good copies, and the error of each source's last failed attempt. */
    public List<CalendarProblem> problems() {
        List<CalendarProblem> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.lastError != null) {
                out.add(new CalendarProblem(e.config.name(), 0, e.lastError));
            }
            if (e.good != null) {
                out.addAll(e.good.problems());
            }
        }
        return out;
    }

    public List<SourceStatus> status(Instant now) {
        List<SourceStatus> out = new ArrayList<>();
        for (Entry e : entries) {
            CalendarLoad good = e.good;
            out.add(new SourceStatus(e.config.name(), Optional.ofNullable(e.lastRefreshed),
                    Optional.ofNullable(e.lastAttempt), good == null ? 0 : good.weddings().size(),
                    good == null ? 0 : good.problems().size(), stale(e, now), Optional.ofNullable(e.lastError)));
        }
        return out;
    }

    private static boolean stale(Entry e, Instant now) {
        Instant at = e.lastRefreshed;
        return at == null || Duration.between(at, now).compareTo(e.config.staleAfter()) > 0;
    }
}
