package com.wedsync.guardian.calendar.ics;

import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.calendar.CalendarSource;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.calendar.LocalFiles;
import com.wedsync.guardian.calendar.feed.FeedFetcher;
import com.wedsync.guardian.calendar.feed.FetchResult;

import java.net.URI;
import java.time.Instant;

/**
 * An ICS feed ({@code https:}) or file. Remembers the feed's validators and its last text, so an
 * unchanged feed costs a 304 and, for the same window, no parsing at all. A text refused for its size
 * (more weddings than the source may hold) is remembered too: it is not expanded again until it changes.
 */
public final class IcsCalendarSource implements CalendarSource {

    private final CalendarSourceConfig config;
    private final IcsReader reader;
    private final FeedFetcher fetcher;
    private String etag;
    private String lastModified;
    private String lastText;
    private CalendarLoad lastLoad;
    private Instant lastFrom;
    private Instant lastTo;
    private Refusal refused;
    private String pendingEtag;
    private String pendingLastModified;

    /** A text the reader refused (too many weddings, say), for this window: not read again until it changes. */
    private record Refusal(String fingerprint, Instant from, Instant to, String message) {
    }

    public IcsCalendarSource(CalendarSourceConfig config) {
        this(config, LocalFiles.isRemote(config.location())
                ? new FeedFetcher(config.connectTimeout(), config.readTimeout(), config.maxBytes()) : null);
    }

    public IcsCalendarSource(CalendarSourceConfig config, FeedFetcher fetcher) {
        this.config = config;
        this.reader = new IcsReader(config);
        this.fetcher = fetcher;
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public synchronized CalendarLoad load(Instant from, Instant to) throws CalendarReadException {
        String text = fetchText();
        String fingerprint = IcsText.fingerprint(text);
        if (lastLoad != null && fingerprint.equals(lastLoad.fingerprint()) && from.equals(lastFrom) && to.equals(lastTo)) {
            return lastLoad;
        }
        if (refused != null && refused.equals(new Refusal(fingerprint, from, to, refused.message()))) {
            throw new CalendarReadException(refused.message());
        }
        CalendarLoad load;
        try {
            load = reader.read(text, from, to);
        } catch (CalendarReadException e) {
            refused = new Refusal(fingerprint, from, to, e.getMessage());
            throw e;
        }
        // The validators belong to the text now accepted: a 304 must never bring back a text that was refused.
        refused = null;
        if (pendingEtag != null || pendingLastModified != null) {
            etag = pendingEtag;
            lastModified = pendingLastModified;
        }
        lastText = text;
        lastLoad = load;
        lastFrom = from;
        lastTo = to;
        return load;
    }

    private String fetchText() throws CalendarReadException {
        if (fetcher == null) {
            return LocalFiles.read(config.location(), config.name(), config.maxBytes());
        }
        URI uri;
        try {
            uri = URI.create(config.location());
        } catch (IllegalArgumentException e) {
            throw new CalendarReadException("calendar '" + config.name() + "': url is not a valid URL");
        }
        FetchResult r = fetcher.fetch(uri, config.name(), lastText == null ? null : etag,
                lastText == null ? null : lastModified);
        if (r.notModified() && lastText != null) {
            pendingEtag = etag;
            pendingLastModified = lastModified;
            return lastText;
        }
        if (r.notModified()) {
            throw new CalendarReadException("calendar '" + config.name() + "': 304 Not Modified without a previous copy");
        }
        // Validators are remembered only once the text is read: an HTML page or a refused calendar must not
        // become "the" copy a later 304 stands for.
        IcsText.checkIsCalendar(r.body(), config.name());
        pendingEtag = r.etag();
        pendingLastModified = r.lastModified();
        return r.body();
    }
}
