package com.wedsync.guardian.hikari;

import com.wedsync.guardian.pool.PoolProbe;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;
import com.wedsync.guardian.secret.Redactor;
import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Observes a HikariCP pool running in this JVM. Counts come from one pass over the pool's connections
 * at each snapshot (its MXBean counts where that list is not readable, see {@link PoolInternals});
 * wait, use and create times and timeouts from a metrics tracker chained onto the pool (see
 * {@link TrackerInstallation}), so the pool's hot path pays one histogram record per callback.
 *
 * <p>{@code longestHeldMs} is a suspected-leak signal: the larger of the longest use (borrow to close)
 * among connections returned in the interval, and the age of the oldest connection still out now.
 * A value that keeps growing across snapshots means a connection is not being closed.
 *
 * <p>The pool is DOWN when it holds no connection while the database refuses new ones and someone
 * needs one (a minimum idle to keep, waiting threads, or timeouts in the interval). It becomes
 * REACHABLE again by itself once HikariCP opens a connection.
 */
public final class HikariPoolProbe implements PoolProbe {

    private final String name;
    private final HikariDataSource ds;
    private final Clock clock;
    private final IntervalTracker tracker = new IntervalTracker();
    private final TrackerInstallation installation;
    private long timeoutsSeen;
    private PoolInternals.ConnectionReader connections; // of the pool last read: its fields are read once per pool
    private volatile boolean closed;

    private HikariPoolProbe(String name, HikariDataSource ds, Clock clock) {
        this.name = name;
        this.ds = ds;
        this.clock = clock;
        this.installation = new TrackerInstallation(name, ds, tracker);
    }

    /**
     * Starts observing {@code ds}, started or not. A metrics tracker already installed on it keeps
     * receiving every callback.
     *
     * @param name  the pool's name in snapshots (usually its HikariCP pool name)
     * @param ds    the data source to observe
     * @param clock the guardian's clock (used by {@link #snapshot()})
     */
    public static HikariPoolProbe attach(String name, HikariDataSource ds, Clock clock) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ds, "ds");
        Objects.requireNonNull(clock, "clock");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        HikariPoolProbe probe = new HikariPoolProbe(name, ds, clock);
        probe.installation.attach();
        return probe;
    }

    @Override
    public String name() {
        return name;
    }

    /** A snapshot at the probe's clock's now. */
    public PoolSnapshot snapshot() {
        return snapshot(clock.instant());
    }

    @Override
    public synchronized PoolSnapshot snapshot(Instant now) {
        try {
            return read(now);
        } catch (RuntimeException e) {
            return PoolSnapshot.unknown(name, now, "could not read pool: " + mask(e.toString()));
        }
    }

    /** Why wait/use/create times are not observed; empty when they are. */
    public String trackerMissing() {
        return installation.missing();
    }

    @Override
    public void close() {
        // HikariCP offers no way to take a tracker off a running pool; the tracker stays and costs what it costs.
        closed = true;
    }

    private PoolSnapshot read(Instant now) {
        if (closed) {
            return PoolSnapshot.unknown(name, now, "probe closed");
        }
        if (ds.isClosed()) {
            return PoolSnapshot.down(name, now, "data source closed");
        }
        HikariPool pool = (HikariPool) ds.getHikariPoolMXBean();
        if (pool == null) {
            return PoolSnapshot.unknown(name, now, "pool not started yet");
        }
        installation.ensure(pool);
        HikariConfigMXBean config = ds.getHikariConfigMXBean();
        if (connections == null || !connections.reads(pool)) {
            connections = PoolInternals.HIKARI.connectionReader(pool);
        }
        PoolInternals.Connections held = connections.read();
        int active = held.active();
        int idle = held.idle();
        int total = held.total();
        int pending = pool.getThreadsAwaitingConnection();
        int max = config.getMaximumPoolSize();
        int minIdle = config.getMinimumIdle();

        IntervalTracker.Interval interval = tracker.drain();
        long timeoutsTotal = tracker.timeoutsTotal();
        long timeoutsInterval = timeoutsTotal - timeoutsSeen;
        timeoutsSeen = timeoutsTotal;
        long longestHeld = Math.max((long) Math.ceil(interval.useTime().maxMs()), held.oldestBorrowAgeMs());

        String cause = downCause(pool, total, minIdle, pending, timeoutsInterval);
        return new PoolSnapshot(name, now, cause.isEmpty() ? Reachability.REACHABLE : Reachability.DOWN, cause,
                active, idle, max, minIdle, pending, timeoutsTotal, timeoutsInterval,
                interval.waitTime(), interval.useTime(), interval.createTime(), longestHeld);
    }

    private String downCause(HikariPool pool, int total, int minIdle, int pending, long timeoutsInterval) {
        if (total > 0) {
            return "";
        }
        Optional<Throwable> failure = PoolInternals.HIKARI.lastConnectionFailure(pool);
        boolean needed = minIdle > 0 || pending > 0 || timeoutsInterval > 0;
        if (needed && PoolInternals.HIKARI.lostDefaultIsolation(pool)) {
            return LOST_ISOLATION;
        }
        if (failure.isPresent() && needed) {
            return "database unreachable: no connection open and opening one fails: " + mask(describe(failure.get()));
        }
        if (timeoutsInterval > 0) {
            return "database unreachable: no connection open and " + timeoutsInterval + " request(s) timed out";
        }
        return "";
    }

    /** The pool's own fault, not the database's: said so, with what mends it (docs/pools-and-database.md). */
    static final String LOST_ISOLATION = "pool broken, not the database: HikariCP lost the default transaction isolation"
            + " when its first connection failed mid-check (HikariCP issue #1944), so every new connection fails and the"
            + " pool will not recover by itself; restart the service, and set transactionIsolation (e.g."
            + " TRANSACTION_READ_COMMITTED) so the pool never has to detect it";

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (root != t && root.getMessage() != null && !message.contains(root.getMessage())) {
            message += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return message;
    }

    private String mask(String text) {
        return Redactor.scrub(text, ds.getPassword());
    }
}
