package com.wedsync.guardian.hikari;

import com.wedsync.guardian.pool.PoolResizer;
import com.wedsync.guardian.pool.PoolSize;
import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.util.Objects;

/**
 * Resizes a HikariCP pool in this JVM through its {@link HikariConfigMXBean}. HikariCP grows a pool
 * only when threads wait, or up to a raised minimum idle at its housekeeper's next run (every 30 s,
 * DOMAIN.md); it shrinks only as connections retire: after a shrink, {@link #softEvictIdle()} makes it
 * happen now.
 */
public final class HikariPoolResizer implements PoolResizer {

    private final String name;
    private final HikariDataSource ds;

    private HikariPoolResizer(String name, HikariDataSource ds) {
        this.name = name;
        this.ds = ds;
    }

    /** A resizer for {@code ds}, named {@code name} in messages. */
    public static HikariPoolResizer of(String name, HikariDataSource ds) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ds, "ds");
        return new HikariPoolResizer(name, ds);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public PoolSize current() throws ResizeException {
        HikariConfigMXBean config = config();
        try {
            return new PoolSize(config.getMaximumPoolSize(), config.getMinimumIdle());
        } catch (IllegalArgumentException e) {
            throw new ResizeException("pool " + name + " has an invalid size: " + e.getMessage(), e);
        }
    }

    @Override
    public void resize(PoolSize target) throws ResizeException {
        Objects.requireNonNull(target, "target");
        HikariConfigMXBean config = config();
        try {
            SizeOrder.apply(config.getMaximumPoolSize(), target, config::setMaximumPoolSize, config::setMinimumIdle);
        } catch (Exception e) {
            throw new ResizeException("pool " + name + " refused size " + target + ": "
                    + SecretMask.mask(e.getMessage(), ds.getPassword()), SecretMask.scrub(e, ds.getPassword()));
        }
    }

    @Override
    public void softEvictIdle() throws ResizeException {
        config();
        HikariPoolMXBean pool = ds.getHikariPoolMXBean();
        if (pool == null) {
            throw new ResizeException("pool " + name + " has not started: nothing to evict");
        }
        pool.softEvictConnections();
    }

    private HikariConfigMXBean config() throws ResizeException {
        if (ds.isClosed()) {
            throw new ResizeException("pool " + name + " is closed");
        }
        return ds.getHikariConfigMXBean();
    }
}
