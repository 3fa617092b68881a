package com.wedsync.guardian.hikari;

import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.pool.HikariPool;
import com.zaxxer.hikari.util.ClockSource;
import com.zaxxer.hikari.util.ConcurrentBag;
import java.lang.reflect.Field;
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
 * <li>when each connection in use was borrowed, to report the oldest outstanding borrow;</li>
 * <li>the executor that opens connections, one at a time, so a grow can open several at once for a
 *     while, as HikariCP's own initial fill does ({@link ConnectionFill}); the only one that changes
 *     the pool's behaviour, and only its number of threads.</li>
 * </ul>
 * Each is optional: if a field is missing (another HikariCP version) or closed to reflection (HikariCP
 * on the module path without {@code --add-opens com.zaxxer.hikari/com.zaxxer.hikari.pool=ALL-UNNAMED}),
 * the probe still works from the MXBeans and says what it lacks.
 */
final class PoolInternals {

    private static final Logger LOG = LoggerFactory.getLogger(PoolInternals.class);

    /** The fields as HikariCP 6.x and 7.x name them. */
    static final PoolInternals HIKARI = new PoolInternals(Map.of());

    private final Field poolTracker;
    private final Field delegateTracker;
    private final Field lastFailure;
    private final Field connectionBag;
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
     * connection borrowed before the guardian attached is not counted.
     */
    long oldestBorrowAgeMs(HikariPool pool) {
        if (connectionBag == null || lastBorrowed == null) {
            return 0;
        }
        try {
            ConcurrentBag<?> bag = (ConcurrentBag<?>) connectionBag.get(pool);
            long oldest = 0;
            for (Object entry : bag.values(ConcurrentBag.IConcurrentBagEntry.STATE_IN_USE)) {
                long borrowed = lastBorrowed.getLong(entry);
                if (borrowed != 0) {
                    oldest = Math.max(oldest, ClockSource.elapsedMillis(borrowed));
                }
            }
            return oldest;
        } catch (IllegalAccessException | RuntimeException e) {
            return 0;
        }
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
