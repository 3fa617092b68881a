package com.wedsync.guardian.alert.pipeline;

import com.wedsync.guardian.alert.Notification;

import java.time.Instant;
import java.util.List;

/**
 * What one tick did.
 *
 * @param enqueued           notifications newly written to the outbox
 * @param rateLimited        notifications waiting for a rate-limit permit after this tick
 * @param droppedAlerts      new alerts refused since start because {@code maxAlerts} were firing
 * @param droppedNotifications notifications dropped since start because {@code maxDeferred} were waiting
 */
public record TickReport(Instant at, int poolsEvaluated, int firing, int resolved, int groups,
                         List<Notification> enqueued, int rateLimited, long droppedAlerts,
                         long droppedNotifications) {
    public TickReport {
        enqueued = List.copyOf(enqueued);
    }
}
