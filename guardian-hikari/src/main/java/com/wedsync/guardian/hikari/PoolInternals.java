package com.wedsync.guardian.hikari;

import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.pool.HikariPool;
import com.zaxxer.hikari.util.ClockSource;
import com.zaxxer.hikari.util.ConcurrentBag;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The four things the guardian needs from a running HikariCP pool (6.3 and 7.x name them alike) that its public API does not
 * give, read by reflection (never on the hot path):
 * <ul>
 * <li>the tracker already installed on a started pool, so the guardian can chain to that very
 *     instance (HikariCP allows no second factory on a running pool and offers no getter);</li>
 * <li>the last connection failure, the only place the pool keeps why the database is unreachable;</li>
 * <li>the pool's list of connections and when each one in use was borrowed, to count them by state
 *     and report the oldest outstanding borrow in one pass ({@link ConnectionReader});</li>
 * <li>the executor that opens connections, one at a time, so a grow can open several at once for a
 *     while, as HikariCP's own initial fill does ({@link ConnectionFill}); the only one that changes
 *     the pool's behaviour, and only its number of threads.</li>
 * </ul>
 * Each is optional: if a field is missing (another HikariCP version) or closed to reflection (HikariCP
 * on the module path without {@code --add-opens com.zaxxer.hikari/com.zaxxer.hikari.pool=ALL-UNNAMED},
 * and {@code com.zaxxer.hikari.util} likewise for the list), the probe still works from the MXBeans and
 * says what it lacks.
 */
final class PoolInternals {

    private static final Logger LOG = LoggerFactory.getLogger(PoolInternals.class);

    /** The fields as HikariCP 6.x and 7.x name them. */
    static final PoolInternals HIKARI = new PoolInternals(Map.of());

    private final Field poolTracker;
    private final Field delegateTracker;
    private final Field lastFailure;
    private final Field connectionBag;
    private final Field sharedList;
    private final Field lastBorrowed;
    private final Field connectionAdder;
    private final Field isolation;
    private final Field driverChecked;

    /**
     * @param renamed field names to look for instead of HikariCP's ({@code "PoolBase.metricsTracker"} to another name,
     *                say): how a test sees what happens when another HikariCP version differs
     */
    PoolInternals(Map<String, String> renamed) {
        poolTracker = field("com.zaxxer.hikari.pool.PoolBase", "metricsTracker", renamed);
        delegateTracker = field("com.zaxxer.hikari.pool.PoolBase$MetricsTrackerDelegate", "tracker", renamed);
        lastFailure = field("com.zaxxer.hikari.pool.PoolBase", "lastConnectionFailure", renamed);
        connectionBag = field("com.zaxxer.hikari.pool.HikariPool", "connectionBag", renamed);
        sharedList = field("com.zaxxer.hikari.util.ConcurrentBag", "sharedList", renamed);
        lastBorrowed = field("com.zaxxer.hikari.pool.PoolEntry", "lastBorrowed", renamed);
        connectionAdder = field("com.zaxxer.hikari.pool.HikariPool", "addConnectionExecutor", renamed);
        isolation = field("com.zaxxer.hikari.pool.PoolBase", "transactionIsolation", renamed);
        driverChecked = field("com.zaxxer.hikari.pool.PoolBase", "isValidChecked", renamed);
    }

    /** Whether the tracker installed on a running pool can be read, so the guardian can chain to it. */
    boolean canReadTracker() {
        return poolTracker != null && delegateTracker != null;
    }

    /**
     * The tracker the running pool calls now: empty when it has none (HikariCP's no-op delegate).
     *
     * @throws IllegalStateException when it cannot be read
     */
    Optional<IMetricsTracker> installedTracker(HikariPool pool) {
        if (!canReadTracker()) {
            throw new IllegalStateException("HikariCP's installed tracker is not readable by reflection");
        }
        try {
            Object delegate = poolTracker.get(pool);
            if (delegate == null || !delegateTracker.getDeclaringClass().isInstance(delegate)) {
                return Optional.empty();
            }
            return Optional.ofNullable((IMetricsTracker) delegateTracker.get(delegate));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("HikariCP's installed tracker is not readable: " + e.getMessage(), e);
        }
    }

    /** Why the pool last failed to open a connection; empty once a connection was opened since. */
    Optional<Throwable> lastConnectionFailure(HikariPool pool) {
        if (lastFailure == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(((AtomicReference<?>) lastFailure.get(pool)).get()).map(Throwable.class::cast);
        } catch (IllegalAccessException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the pool lost its default transaction isolation for good: HikariCP reads it from its first
     * connection, and when that read fails with a connection error (SQLState 08, a network blip during an
     * outage) it marks the driver as checked while the isolation stays -1, so every later connection fails
     * in {@code setTransactionIsolation(-1)} and the pool never recovers by itself (HikariCP issues #1944
     * and #2269, still so in 6.3 and 7.1). False when it cannot be read.
     */
    boolean lostDefaultIsolation(HikariPool pool) {
        if (isolation == null || driverChecked == null) {
            return false;
        }
        try {
            return driverChecked.getBoolean(pool) && isolation.getInt(pool) == -1;
        } catch (IllegalAccessException | RuntimeException e) {
            return false;
        }
    }

    /**
     * How long the connection borrowed longest ago has been out, in milliseconds; 0 when none is out
     * or it cannot be read. HikariCP stamps the borrow time only while a tracker is installed, so a
     * connection borrowed before the guardian attached is not counted. (The probe reads it with the
     * counts, through a {@link ConnectionReader} it keeps.)
     */
    long oldestBorrowAgeMs(HikariPool pool) {
        return connectionReader(pool).read().oldestBorrowAgeMs();
    }

    /** What reads {@code pool}'s connections at each snapshot: the fields it needs are read once, here. */
    ConnectionReader connectionReader(HikariPool pool) {
        ConcurrentBag<?> bag = null;
        List<? extends ConcurrentBag.IConcurrentBagEntry> list = null;
        try {
            bag = connectionBag == null ? null : (ConcurrentBag<?>) connectionBag.get(pool);
            if (bag != null && sharedList != null) {
                @SuppressWarnings("unchecked")
                List<? extends ConcurrentBag.IConcurrentBagEntry> shared =
                        (List<? extends ConcurrentBag.IConcurrentBagEntry>) sharedList.get(bag);
                list = shared;
            }
        } catch (IllegalAccessException | RuntimeException e) {
            // Read what can be: the MXBean counts always can.
        }
        return new ConnectionReader(pool, bag, list);
    }

    /**
     * Reads one pool's connections: counted by state, and how long the one borrowed longest ago has been
     * out. Where HikariCP's connection list is readable, in one pass over it (a copy-on-write list: its
     * iterator walks one unchanging array) with no stream, no filtered list and no copy of the list (its
     * {@code clone()} reflects on the list's lock every time): a snapshot runs once a tick, mostly in code
     * the JIT has not optimised, and those cost tens of microseconds there. The counts are those of
     * {@code getActiveConnections}, {@code getIdleConnections} and {@code getTotalConnections}, which walk
     * the same list once each, as they do where the list is not readable. The age is 0 when none is out
     * or it cannot be read; HikariCP stamps the borrow time only while a tracker is installed, so a
     * connection borrowed before the guardian attached is not counted.
     */
    final class ConnectionReader {
        private final HikariPool pool;
        private final ConcurrentBag<?> bag;
        private final List<? extends ConcurrentBag.IConcurrentBagEntry> list;

        private ConnectionReader(HikariPool pool, ConcurrentBag<?> bag, List<? extends ConcurrentBag.IConcurrentBagEntry> list) {
            this.pool = pool;
            this.bag = bag;
            this.list = list;
        }

        /** Whether this reads {@code other}. */
        boolean reads(HikariPool other) {
            return pool == other;
        }

        Connections read() {
            if (list == null) {
                long age = bag == null ? 0 : oldestBorrowAgeMs(bag.values(ConcurrentBag.IConcurrentBagEntry.STATE_IN_USE));
                return new Connections(pool.getActiveConnections(), pool.getIdleConnections(), pool.getTotalConnections(), age);
            }
            int active = 0;
            int idle = 0;
            int total = 0;
            Oldest oldest = new Oldest();
            for (ConcurrentBag.IConcurrentBagEntry entry : list) {
                total++;
                int state = entry.getState();
                if (state == ConcurrentBag.IConcurrentBagEntry.STATE_NOT_IN_USE) {
                    idle++;
                } else if (state == ConcurrentBag.IConcurrentBagEntry.STATE_IN_USE) {
                    active++;
                    oldest.add(entry);
                }
            }
            return new Connections(active, idle, total, oldest.ageMs());
        }
    }

    /** The age of the oldest borrow stamp among {@code entries} in use, in milliseconds; 0 for none. */
    private long oldestBorrowAgeMs(List<? extends ConcurrentBag.IConcurrentBagEntry> entries) {
        Oldest oldest = new Oldest();
        for (ConcurrentBag.IConcurrentBagEntry entry : entries) {
            oldest.add(entry);
        }
        return oldest.ageMs();
    }

    /** The earliest borrow stamp of the connections it is given (HikariCP's clock); unreadable stamps are left out. */
    private final class Oldest {
        private boolean any;
        private long stamp;

        void add(ConcurrentBag.IConcurrentBagEntry entry) {
            if (lastBorrowed == null) {
                return;
            }
            try {
                long borrowed = lastBorrowed.getLong(entry);
                if (borrowed != 0 && (!any || borrowed - stamp < 0)) {
                    stamp = borrowed;
                    any = true;
                }
            } catch (IllegalAccessException | RuntimeException e) {
                // left out: the age is a lower bound
            }
        }

        long ageMs() {
            return any ? Math.max(0, ClockSource.elapsedMillis(stamp)) : 0;
        }
    }

    /** A pool's connections in use, idle and in all, and the age of the oldest borrow still out (0 for none). */
    record Connections(int active, int idle, int total, long oldestBorrowAgeMs) {
    }

    /** The executor that opens the pool's connections; empty when it cannot be read. */
    Optional<ThreadPoolExecutor> connectionAdder(HikariPool pool) {
        if (connectionAdder == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(connectionAdder.get(pool)).filter(ThreadPoolExecutor.class::isInstance)
                    .map(ThreadPoolExecutor.class::cast);
        } catch (IllegalAccessException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Field field(String className, String name, Map<String, String> renamed) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        name = renamed.getOrDefault(simple + "." + name, name);
        try {
            Field f = Class.forName(className, false, HikariPool.class.getClassLoader()).getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("HikariCP internal {}.{} is not readable ({}); the probe works without it", className, name, e.toString());
            return null;
        }
    }
}
