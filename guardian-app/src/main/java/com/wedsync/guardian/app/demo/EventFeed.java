package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.scaling.AuditLines;
import com.wedsync.guardian.scaling.AuditLog;
import com.wedsync.guardian.text.Printable;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo's scaling events, as the console shows them: every entry the engine appends to the audit log
 * (passed on to the real log first) as a short line, and the scripted operator's notes. Thread-safe: the
 * engine appends from the tick thread and the HTTP threads, the console reads on the tick thread.
 */
final class EventFeed implements AuditLog {

    /** Lines kept for the console; the audit log keeps everything. */
    private static final int KEEP = 200;

    /** A line and its number in the feed, counted from 1. */
    record Line(long seq, String text) {
    }

    private final AuditLog delegate;
    private final ZoneId zone;
    private final Map<String, String> overrideActors = new ConcurrentHashMap<>();
    private final Deque<Line> lines = new ArrayDeque<>();
    private long seq;

    EventFeed(AuditLog delegate, ZoneId zone) {
        this.delegate = delegate;
        this.zone = zone;
    }

    @Override
    public void append(AuditEntry entry) {
        delegate.append(entry);
        if (entry.kind() == AuditEntry.Kind.OVERRIDE) {
            overrideActors.put(entry.overrideId(), entry.actor());
        }
        if (entry.kind() == AuditEntry.Kind.REQUEST) {
            return; // the console shows what became of a request, one line
        }
        add(AuditLines.console(entry, zone, id -> overrideActors.getOrDefault(id, "")));
    }

    @Override
    public List<AuditEntry> since(Instant since, int limit) {
        return delegate.since(since, limit);
    }

    /** A line of the operator's, stamped with the venue time. */
    void note(Instant at, String text) {
        add(AuditLines.TIME.format(at.atZone(zone)) + "  " + text);
    }

    /** The lines after the {@code seen}-th, oldest first (as many as are still kept). */
    synchronized List<Line> after(long seen) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.seq() > seen) {
                out.add(l);
            }
        }
        return out;
    }

    /** The last {@code n} lines, oldest first. */
    synchronized List<Line> last(int n) {
        List<Line> all = new ArrayList<>(lines);
        return all.subList(Math.max(0, all.size() - n), all.size());
    }

    /** Keeps {@code text} escaped: an audit entry's actor or reason, or an operator's note, is printed as it reads. */
    private synchronized void add(String text) {
        lines.addLast(new Line(++seq, Printable.escape(text)));
        while (lines.size() > KEEP) {
            lines.removeFirst();
        }
    }
}
