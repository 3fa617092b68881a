package com.wedsync.guardian.app.runtime;

/** Stage: a snapshot of every pool. A probe never throws; a pool it cannot read comes back DOWN or UNKNOWN. */
final class ObservePools implements TickStage {

    @Override
    public void run(TickState tick) {
        for (MonitoredPool pool : tick.pools) {
            pool.observe(tick.now);
        }
    }
}
