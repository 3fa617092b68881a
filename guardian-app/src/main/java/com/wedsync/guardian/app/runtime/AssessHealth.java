package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.health.HealthAssessor;

/** Stage: every pool's health over its window, with its database's headroom when the pool names one. */
final class AssessHealth implements TickStage {

    private final HealthAssessor assessor;

    AssessHealth(HealthAssessor assessor) {
        this.assessor = assessor;
    }

    @Override
    public void run(TickState tick) {
        for (MonitoredPool pool : tick.pools) {
            var view = pool.database().map(tick.serverViews::get).orElse(null);
            tick.health.put(pool.name(), pool.assess(assessor, view, tick.now));
        }
    }
}
