package com.wedsync.guardian.hikari;

import com.wedsync.guardian.pool.PoolResizer;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.secret.Redactor;
import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.time.Duration;
import java.util.Objects;

/**
 * Resizes a HikariCP pool in this JVM through its {@link HikariConfigMXBean}. HikariCP grows a pool
 * only when threads wait, or up to a raised minimum idle at its housekeeper's next run (every 30 s,
 * docs/pools-and-database.md), one connection at a time: after a grow, a {@link ConnectionFill} opens the missing
 * connections now, {@code fillParallelism} at once. HikariCP shrinks only as connections retire:
 * after a shrink, {@link #softEvictIdle()} makes it happen now.
 */
public final class HikariPoolResizer implements PoolResizer {

    /** Connections opened at once after a grow: HikariCP's own initial fill uses up to 16. */
    public static final int DEFAULT_FILL_PARALLELISM = 4;
    private static final Duration FILL_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final HikariDataSource ds;
    private final int fillParallelism;

    private HikariPoolResizer(String name, HikariDataSource ds, int fillParallelism) {
        this.name = name;
        this.ds = ds;
        this.fillParallelism = fillParallelism;
    }

    /** A resizer for {@code ds}, named {@code name} in messages. */
    public static HikariPoolResizer of(String name, HikariDataSource ds) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ds, "ds");
        return new HikariPoolResizer(name, ds, DEFAULT_FILL_PARALLELISM);
    }

    /** The same resizer opening {@code parallelism} connections at once after a grow (1: HikariCP's own pace, started now). */
    public HikariPoolResizer withFillParallelism(int parallelism) {
        if (parallelism < 1 || parallelism > 16) {
            throw new IllegalArgumentException("fillParallelism must be between 1 and 16, but was " + parallelism);
        }
        return new HikariPoolResizer(name, ds, parallelism);
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
                    + Redactor.scrub(e.getMessage(), ds.getPassword()), Redactor.scrub(e, ds.getPassword()));
        }
        ConnectionFill.start(ds, fillParallelism, FILL_TIMEOUT);
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
