package com.wedsync.guardian.app.scenario;

import com.wedsync.guardian.hikari.HikariPoolResizer;
import com.wedsync.guardian.pool.PoolResizer;
import com.wedsync.guardian.pool.PoolSize;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * guardian-hikari's resizer, plus a prompt start: after a grow it asks HikariCP to begin creating
 * connections now rather than at the housekeeper's next run (every 30 s by default, DOMAIN.md),
 * which on the scenario's compressed clock would be hours late.
 */
final class ScenarioResizer implements PoolResizer {

    private final HikariDataSource ds;
    private final HikariPoolResizer delegate;

    ScenarioResizer(HikariDataSource ds) {
        this.ds = ds;
        this.delegate = HikariPoolResizer.of(ds.getPoolName(), ds);
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public PoolSize current() throws ResizeException {
        return delegate.current();
    }

    @Override
    public void resize(PoolSize target) throws ResizeException {
        delegate.resize(target);
        if (ds.getHikariPoolMXBean() instanceof HikariPool pool) {
            pool.addBagItem(0);
        }
    }

    @Override
    public void softEvictIdle() throws ResizeException {
        delegate.softEvictIdle();
    }
}
