package com.wedsync.guardian.notify.dispatch;

/** Told about every outcome (metrics, the API's alert history, the CLI's report). Must not block. */
@FunctionalInterface
public interface DispatchListener {

    DispatchListener NONE = outcome -> { };

    void onOutcome(DispatchOutcome outcome);
}
