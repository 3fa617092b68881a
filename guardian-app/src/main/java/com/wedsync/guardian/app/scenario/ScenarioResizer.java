package com.wedsync.guardian.app.scenario;

import com.wedsync.guardian.pool.PoolResizer;
import com.wedsync.guardian.pool.PoolSize;
import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * Resizes the scenario's own HikariCP pool in process. Order matters because HikariCP does not check
 * minIdle against max at runtime (DOMAIN.md): raise max before minIdle, lower minIdle before max.
 * After raising minIdle it asks the pool to start creating at once instead of at the next housekeeping run.
 */
final class ScenarioResizer implements PoolResizer {

    private final HikariDataSource ds;

    ScenarioResizer(HikariDataSource ds) {
        this.ds = ds;
    }

    @Override
    public String name() {
        return ds.getPoolName();
    }

    @Override
    public PoolSize current() throws ResizeException {
        HikariConfigMXBean c = config();
        return new PoolSize(c.getMaximumPoolSize(), Math.min(c.getMinimumIdle(), c.getMaximumPoolSize()));
    }

    @Override
    public void resize(PoolSize target) throws ResizeException {
        HikariConfigMXBean c = config();
        try {
            if (target.max() >= c.getMaximumPoolSize()) {
                c.setMaximumPoolSize(target.max());
                c.setMinimumIdle(target.minIdle());
            } else {
                c.setMinimumIdle(target.minIdle());
                c.setMaximumPoolSize(target.max());
            }
            if (ds.getHikariPoolMXBean() instanceof HikariPool pool) {
                pool.addBagItem(0);
            }
        } catch (RuntimeException e) {
            throw new ResizeException("pool " + ds.getPoolName() + " refused " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void softEvictIdle() throws ResizeException {
        if (ds.isClosed() || ds.getHikariPoolMXBean() == null) {
            throw new ResizeException("pool " + ds.getPoolName() + " is closed");
        }
        ds.getHikariPoolMXBean().softEvictConnections();
    }

    private HikariConfigMXBean config() throws ResizeException {
        if (ds.isClosed()) {
            throw new ResizeException("pool " + ds.getPoolName() + " is closed");
        }
        return ds.getHikariConfigMXBean();
    }
}
