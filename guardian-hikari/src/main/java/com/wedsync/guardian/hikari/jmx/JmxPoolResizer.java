package com.wedsync.guardian.hikari.jmx;

import com.wedsync.guardian.hikari.SizeOrder;
import com.wedsync.guardian.pool.PoolResizer;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.secret.Redactor;
import java.time.Clock;
import java.util.Objects;
import javax.management.Attribute;
import javax.management.InstanceNotFoundException;

/**
 * Resizes a HikariCP pool in another JVM: writes {@code MaximumPoolSize} and {@code MinimumIdle} on its
 * {@code PoolConfig (NAME)} bean (the {@code Pool (NAME)} bean has no such attributes) and invokes
 * {@code softEvictConnections} on its {@code Pool (NAME)} bean.
 */
public final class JmxPoolResizer implements PoolResizer {

    private final RemotePool remote;
    private final Clock clock;

    JmxPoolResizer(RemotePool remote, Clock clock) {
        this.remote = remote;
        this.clock = clock;
    }

    /** A resizer with its own connection; {@link JmxPoolProbe#resizer()} shares the probe's instead. */
    public static JmxPoolResizer connect(JmxTarget target, Clock clock) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(clock, "clock");
        return new JmxPoolResizer(new RemotePool(target), clock);
    }

    @Override
    public String name() {
        return remote.target().name();
    }

    @Override
    public PoolSize current() throws ResizeException {
        int max = intAttribute("MaximumPoolSize");
        int minIdle = intAttribute("MinimumIdle");
        try {
            return new PoolSize(max, minIdle);
        } catch (IllegalArgumentException e) {
            throw new ResizeException("pool " + name() + " has an invalid size: " + e.getMessage());
        }
    }

    @Override
    public void resize(PoolSize target) throws ResizeException {
        Objects.requireNonNull(target, "target");
        int currentMax = intAttribute("MaximumPoolSize");
        try {
            SizeOrder.apply(currentMax, target, v -> set("MaximumPoolSize", v), v -> set("MinimumIdle", v));
        } catch (Exception e) {
            throw failure("set size " + target + " on", e);
        }
    }

    @Override
    public void softEvictIdle() throws ResizeException {
        try {
            remote.call(clock.instant(), (m, beans) -> m.invoke(beans.pool(), "softEvictConnections", null, null));
        } catch (Exception e) {
            throw failure("evict connections of", e);
        }
    }

    private void set(String attribute, int value) throws Exception {
        remote.call(clock.instant(), (m, beans) -> {
            m.setAttribute(beans.config(), new Attribute(attribute, value));
            return null;
        });
    }

    private int intAttribute(String attribute) throws ResizeException {
        try {
            Object value = remote.call(clock.instant(), (m, beans) -> m.getAttribute(beans.config(), attribute));
            return ((Number) value).intValue();
        } catch (Exception e) {
            throw failure("read " + attribute + " of", e);
        }
    }

    private ResizeException failure(String what, Exception e) {
        String why = e instanceof JmxConnection.Unavailable || e instanceof InstanceNotFoundException
                ? e.getMessage() : remote.target().mask(e.toString());
        return new ResizeException("could not " + what + " pool " + remote.target().poolName() + " on "
                + remote.target().displayUrl() + ": " + why, Redactor.scrub(e, remote.target().password()));
    }
}
