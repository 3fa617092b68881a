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
 * @param sentTo    every channel the same send went to, this one included, in order: so a message can say
 *                  where else it went, and channels that write to one place (the log) write it once
 */
public record Notification(String id, String dedupKey, String channel, NotificationAction action, Alert alert,
                           List<String> fallbacks, List<String> sentTo) {
    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(alert, "alert");
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
        sentTo = sentTo == null || sentTo.isEmpty() ? List.of(channel) : List.copyOf(sentTo);
    }

    /** A notification sent to its channel alone. */
    public Notification(String id, String dedupKey, String channel, NotificationAction action, Alert alert,
                        List<String> fallbacks) {
        this(id, dedupKey, channel, action, alert, fallbacks, List.of(channel));
    }
}
