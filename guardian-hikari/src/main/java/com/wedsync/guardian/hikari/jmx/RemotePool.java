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

    /** Which bean of the pool. */
    enum Bean {
        POOL("Pool"), CONFIG("PoolConfig");

        private final String type;

        Bean(String type) {
            this.type = type;
        }
    }

    private final JmxTarget target;
    private final JmxConnection connection;
    private final ObjectName[] classicNames;
    private final ObjectName[] v2Names;
    private volatile boolean v2;

    RemotePool(JmxTarget target) {
        this.target = target;
        this.connection = new JmxConnection(target);
        this.classicNames = new ObjectName[] {name(Bean.POOL.type + " (" + target.poolName() + ")", null),
            name(Bean.CONFIG.type + " (" + target.poolName() + ")", null)};
        this.v2Names = new ObjectName[] {name(Bean.POOL.type, target.poolName()), name(Bean.CONFIG.type, target.poolName())};
    }

    JmxTarget target() {
        return target;
    }

    /** A call on one of the pool's beans. */
    @FunctionalInterface
    interface BeanCall<T> {
        T run(MBeanServerConnection mbeans, ObjectName bean) throws Exception;
    }

    /**
     * Runs {@code call} against {@code bean}.
     *
     * @throws JmxConnection.Unavailable when the remote JVM cannot be reached
     * @throws InstanceNotFoundException when the JVM has no such pool (the message says what was looked for)
     */
    <T> T call(Instant now, Bean bean, BeanCall<T> call) throws Exception {
        return connection.call(now, mbeans -> {
            ObjectName name = (v2 ? v2Names : classicNames)[bean.ordinal()];
            try {
                return call.run(mbeans, name);
            } catch (InstanceNotFoundException e) {
                ObjectName other = (v2 ? classicNames : v2Names)[bean.ordinal()];
                if (!mbeans.isRegistered(other)) {
                    throw new InstanceNotFoundException("no MBean " + name + " (nor " + other + ") on "
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
