package com.wedsync.guardian.alert;

import java.util.List;
import java.util.Objects;

/**
 * One message for one channel, as stored in the outbox before it is sent.
 *
 * @param id        the outbox id, unique per (alert, action, channel, escalation level)
 * @param dedupKey  the key vendors de-duplicate on (PagerDuty {@code dedup_key}, Resend {@code Idempotency-Key}):
 *                  the same for every resend of this notification
 * @param channel   the channel's configured name
 * @param action    trigger, acknowledge or resolve
 * @param alert     the alert it is about
 * @param fallbacks the route's next channels, in order, for failover when this channel's circuit is open
 *                  or the delivery failed for good
 */
public record Notification(String id, String dedupKey, String channel, NotificationAction action, Alert alert,
                           List<String> fallbacks) {
    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(alert, "alert");
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
    }
}
