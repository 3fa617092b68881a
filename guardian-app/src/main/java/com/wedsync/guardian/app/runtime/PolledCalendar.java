package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.calendar.RefreshingCalendar;
import com.wedsync.guardian.calendar.SourceStatus;
import com.wedsync.guardian.loop.Loop;
import com.wedsync.guardian.wedding.WeddingCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The configured calendar sources, polled on a thread of their own (a slow feed never delays a tick), with
 * the last good copy of each kept when a refresh fails.
 */
public final class PolledCalendar implements CalendarStatus, AutoCloseable {

    private final RefreshingCalendar calendar;
    private final Clock clock;
    private final Loop loop;
    private ScheduledExecutorService poller;

    /** @param loop the poll's loop: a refresh that throws anything is recorded there, and the next one runs */
    public PolledCalendar(RefreshingCalendar calendar, Clock clock, Loop loop) {
        this.calendar = calendar;
        this.clock = clock;
        this.loop = loop;
    }

    /** A round of refreshes may wait on every source's timeouts; two minutes beyond that is a stall. */
    public static Duration stallAfter(RefreshingCalendar calendar) {
        return calendar.longestRefresh().plusMinutes(2);
    }

    /** Reads every source once now, then polls each when it is due. */
    synchronized void start() {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "guardian-calendar");
            t.setDaemon(true);
            return t;
        });
        poller.execute(() -> loop.run(() -> calendar.refreshAll(clock.instant())));
        poller.scheduleWithFixedDelay(() -> loop.run(() -> calendar.refresh(clock.instant())), 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public WeddingCalendar get() {
        return calendar.calendar();
    }

    @Override
    public Optional<Instant> lastRefreshed() {
        return calendar.lastRefreshed();
    }

    @Override
    public boolean stale(Instant now) {
        return calendar.stale(now);
    }

    @Override
    public Map<String, Duration> ages(Instant now) {
        Map<String, Duration> out = new LinkedHashMap<>();
        for (SourceStatus s : calendar.status(now)) {
            s.lastRefreshed().ifPresent(at -> out.put(s.name(), Duration.between(at, now)));
        }
        return out;
    }

    @Override
    public String describe(Instant now) {
        StringBuilder b = new StringBuilder("calendar stale:");
        for (SourceStatus s : calendar.status(now)) {
            if (s.stale()) {
                b.append(' ').append(s.name()).append(s.lastRefreshed().map(at -> " last refreshed " + at)
                        .orElse(" never refreshed")).append(s.lastError().map(e -> " (" + e + ")").orElse("")).append(';');
            }
        }
        return b.toString();
    }

    @Override
    public List<SourceStatus> sources(Instant now) {
        return calendar.status(now);
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }
}
