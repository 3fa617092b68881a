package com.wedsync.guardian.hikari.jmx;

import java.time.Instant;
import javax.management.InstanceNotFoundException;
import javax.management.MBeanServerConnection;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * A HikariCP pool's two MBeans in a remote JVM, over a shared {@link JmxConnection}. HikariCP names them
 * {@code com.zaxxer.hikari:type=Pool (NAME)} and {@code type=PoolConfig (NAME)}, or
 * {@code type=Pool,name=NAME} when started with {@code -Dhikaricp.jmx.register2.0=true}; both are tried.
 */
final class RemotePool implements AutoCloseable {

    /** The pool's two beans under the naming the remote HikariCP uses. */
    record Beans(ObjectName pool, ObjectName config) {
    }

    private final JmxTarget target;
    private final JmxConnection connection;
    private final Beans classic;
    private final Beans v2Names;
    private volatile boolean v2;

    RemotePool(JmxTarget target) {
        this.target = target;
        this.connection = new JmxConnection(target);
        this.classic = new Beans(name("Pool (" + target.poolName() + ")", null), name("PoolConfig (" + target.poolName() + ")", null));
        this.v2Names = new Beans(name("Pool", target.poolName()), name("PoolConfig", target.poolName()));
    }

    JmxTarget target() {
        return target;
    }

    /** A call on the pool's beans. */
    @FunctionalInterface
    interface BeanCall<T> {
        T run(MBeanServerConnection mbeans, Beans beans) throws Exception;
    }

    /**
     * Runs {@code call} against the pool's beans, as one bounded call on the remote JVM.
     *
     * @throws JmxConnection.Unavailable when the remote JVM cannot be reached
     * @throws InstanceNotFoundException when the JVM has no such pool (the message says what was looked for)
     */
    <T> T call(Instant now, BeanCall<T> call) throws Exception {
        return connection.call(now, mbeans -> {
            Beans names = v2 ? v2Names : classic;
            try {
                return call.run(mbeans, names);
            } catch (InstanceNotFoundException e) {
                Beans other = v2 ? classic : v2Names;
                if (!mbeans.isRegistered(other.pool())) {
                    throw new InstanceNotFoundException("no MBean " + names.pool() + " (nor " + other.pool() + ") on "
                            + target.displayUrl() + ": is the pool started, with registerMbeans=true?");
                }
                v2 = !v2;
                return call.run(mbeans, other);
            }
        });
    }

    @Override
    public void close() {
        connection.close();
    }

    private ObjectName name(String type, String nameKey) {
        try {
            return new ObjectName("com.zaxxer.hikari:type=" + type + (nameKey == null ? "" : ",name=" + nameKey));
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException("poolName '" + target.poolName()
                    + "' cannot be part of a JMX ObjectName: " + e.getMessage(), null);
        }
    }
}
