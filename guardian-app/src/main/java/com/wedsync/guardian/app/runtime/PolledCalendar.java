package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.calendar.RefreshingCalendar;
import com.wedsync.guardian.calendar.SourceStatus;
import com.wedsync.guardian.wedding.WeddingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(PolledCalendar.class);

    private final RefreshingCalendar calendar;
    private final Clock clock;
    private ScheduledExecutorService poller;

    public PolledCalendar(RefreshingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Reads every source once now, then polls each when it is due. */
    synchronized void start() {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "guardian-calendar");
            t.setDaemon(true);
            return t;
        });
        poller.execute(() -> calendar.refreshAll(clock.instant()));
        poller.scheduleWithFixedDelay(this::poll, 1, 1, TimeUnit.SECONDS);
    }

    private void poll() {
        try {
            calendar.refresh(clock.instant());
        } catch (RuntimeException e) {
            LOG.error("calendar refresh failed: {}", e.toString());
        }
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
