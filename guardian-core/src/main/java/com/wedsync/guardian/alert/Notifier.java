package com.wedsync.guardian.alert;

import java.util.Set;

/**
 * One channel (Slack, PagerDuty, Twilio, Resend, a webhook, Alertmanager, the log). One attempt per
 * call; retries, the circuit breaker and failover wrap it from outside. Never throws: every failure is
 * a {@link DeliveryResult}. No secret (URL, key, token, phone number) appears in a result or a log line.
 */
public interface Notifier {

    /** The channel's configured name. */
    String name();

    /** The channel's type: slack, pagerduty, twilio, resend, webhook, alertmanager, log. */
    String type();

    DeliveryResult deliver(Notification notification);

    /**
     * A retry of a notification some of whose recipients earlier attempts reached ({@link DeliveryResult#reached()}):
     * a channel with several recipients sends only to the others. A channel with one request ignores them.
     */
    default DeliveryResult deliver(Notification notification, Set<String> alreadyReached) {
        return deliver(notification);
    }
}
