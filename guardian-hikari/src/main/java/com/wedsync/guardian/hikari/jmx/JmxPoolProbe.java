package com.wedsync.guardian.hikari.jmx;

import com.wedsync.guardian.pool.LatencySummary;
import com.wedsync.guardian.pool.PoolProbe;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.InstanceNotFoundException;

/**
 * Observes a HikariCP pool in another JVM through its MBeans. JMX gives the pool's counts and size, not
 * its latencies or timeouts: those figures stay empty. A pool that cannot be read is UNKNOWN with the
 * cause; one with no connection while threads wait for one, or below a minimum it cannot keep, is DOWN.
 */
public final class JmxPoolProbe implements PoolProbe {

    private static final String[] POOL_ATTRIBUTES =
        {"ActiveConnections", "IdleConnections", "TotalConnections", "ThreadsAwaitingConnection"};
    private static final String[] CONFIG_ATTRIBUTES = {"MaximumPoolSize", "MinimumIdle"};

    private final RemotePool remote;
    private final Clock clock;

    private JmxPoolProbe(RemotePool remote, Clock clock) {
        this.remote = remote;
        this.clock = clock;
    }

    /** A probe for {@code target}; it connects at its first snapshot, not here. */
    public static JmxPoolProbe connect(JmxTarget target, Clock clock) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(clock, "clock");
        return new JmxPoolProbe(new RemotePool(target), clock);
    }

    /** A resizer for the same pool, sharing this probe's connection. */
    public JmxPoolResizer resizer() {
        return new JmxPoolResizer(remote, clock);
    }

    @Override
    public String name() {
        return remote.target().name();
    }

    /** A snapshot at the probe's clock's now. */
    public PoolSnapshot snapshot() {
        return snapshot(clock.instant());
    }

    @Override
    public PoolSnapshot snapshot(Instant now) {
        try {
            AttributeList[] lists = remote.call(now, (m, beans) -> new AttributeList[] {
                m.getAttributes(beans.pool(), POOL_ATTRIBUTES), m.getAttributes(beans.config(), CONFIG_ATTRIBUTES)});
            int[] pool = ints(lists[0], POOL_ATTRIBUTES);
            int[] config = ints(lists[1], CONFIG_ATTRIBUTES);
            return snapshot(now, pool[0], pool[1], pool[2], pool[3], config[0], config[1]);
        } catch (JmxConnection.Unavailable | InstanceNotFoundException e) {
            return PoolSnapshot.unknown(name(), now, e.getMessage());
        } catch (Exception e) {
            return PoolSnapshot.unknown(name(), now, "could not read pool " + remote.target().poolName() + " on "
                    + remote.target().displayUrl() + ": " + remote.target().mask(e.toString()));
        }
    }

    @Override
    public void close() {
        remote.close();
    }

    private PoolSnapshot snapshot(Instant now, int active, int idle, int total, int pending, int max, int minIdle) {
        String cause = "";
        if (total == 0 && pending > 0) {
            cause = "database unreachable: the pool holds no connection and " + pending + " thread(s) wait for one";
        } else if (total == 0 && minIdle > 0) {
            cause = "database unreachable: the pool holds no connection although it should keep " + minIdle + " idle";
        }
        return new PoolSnapshot(name(), now, cause.isEmpty() ? Reachability.REACHABLE : Reachability.DOWN, cause,
                active, idle, max, minIdle, pending, 0, 0, LatencySummary.EMPTY, LatencySummary.EMPTY, LatencySummary.EMPTY, 0);
    }

    private static int[] ints(AttributeList list, String[] names) {
        int[] values = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = -1;
        }
        for (Attribute a : list.asList()) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(a.getName()) && a.getValue() instanceof Number n) {
                    values[i] = n.intValue();
                }
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (values[i] < 0) {
                throw new IllegalStateException("attribute " + names[i] + " missing or unreadable");
            }
        }
        return values;
    }
}
