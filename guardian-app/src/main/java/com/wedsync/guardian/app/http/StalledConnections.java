package com.wedsync.guardian.app.http;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds the time to read a request's head: a connection on which no request has started, and none is being
 * served, for a whole read timeout is closed. So a client that never finishes its headers (or drips them a byte
 * at a time, which the idle timeout alone would allow) holds its socket at most two read timeouts, and an idle
 * keep-alive connection is let go as well. Jetty parses heads without holding a thread; this frees the socket.
 */
final class StalledConnections implements Connection.Listener {

    private static final class Progress {
        final AtomicInteger serving = new AtomicInteger();
        final AtomicLong started = new AtomicLong();
        /** Requests started as of the last sweep; -1 before the first, so a new connection gets a whole period. */
        long seen = -1;
    }

    private final Map<Connection, Progress> open = new ConcurrentHashMap<>();
    private final Duration period;
    private Scheduler scheduler;

    StalledConnections(Duration period) {
        this.period = period;
    }

    @Override
    public void onOpened(Connection connection) {
        open.put(connection, new Progress());
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection);
    }

    /** A request's head has arrived on {@code connection}; it is served until {@link #finished}. */
    void started(Connection connection) {
        Progress p = open.get(connection);
        if (p != null) {
            p.serving.incrementAndGet();
            p.started.incrementAndGet();
        }
    }

    void finished(Connection connection) {
        Progress p = open.get(connection);
        if (p != null) {
            p.serving.decrementAndGet();
        }
    }

    void start(Scheduler value) {
        this.scheduler = value;
        next();
    }

    private void sweep() {
        open.forEach((connection, p) -> {
            long started = p.started.get();
            if (p.serving.get() == 0 && started == p.seen) {
                connection.getEndPoint().close();
            }
            p.seen = started;
        });
        next();
    }

    private void next() {
        try {
            if (scheduler.isRunning()) {
                scheduler.schedule(this::sweep, period.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RejectedExecutionException stopping) {
            // the server is stopping: its connections close with it
        }
    }
}
