package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.metrics.readings.GuardianEvents;

/**
 * Events recorded by parts built before the meters exist (the alert dispatcher): forwarded to the meters
 * once they are bound, dropped before (nothing is sent before the first tick anyway).
 */
final class DeferredEvents implements GuardianEvents {

    private volatile GuardianEvents target = GuardianEvents.NONE;

    void to(GuardianEvents events) {
        this.target = events;
    }

    @Override
    public void recordScalingAction(String pool, String result) {
        target.recordScalingAction(pool, result);
    }

    @Override
    public void recordAlertSent(String channel, String result) {
        target.recordAlertSent(channel, result);
    }
}
