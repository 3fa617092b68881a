package com.wedsync.guardian.notify.dispatch;

import com.wedsync.guardian.alert.DeliveryResult;

import java.time.Instant;

/**
 * What the dispatcher did with one outbox entry.
 *
 * @param notificationId the outbox id
 * @param channel        the channel it was for
 * @param status         delivered, retry scheduled, failed for good, or handed to a fallback channel
 * @param attempts       attempts made on this channel so far, this one included (0 when the circuit refused)
 * @param result         the last attempt's result
 * @param nextAttemptAt  when it will be tried again (RETRY only), else null
 * @param failoverTo     the fallback channel it was handed to (FAILED_OVER only), else null
 */
public record DispatchOutcome(String notificationId, String channel, Status status, int attempts,
                              DeliveryResult result, Instant nextAttemptAt, String failoverTo) {

    public enum Status { DELIVERED, RETRY, FAILED, FAILED_OVER }
}
