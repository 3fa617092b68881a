package com.wedsync.guardian.notify.resend;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.AlertFacts;
import com.wedsync.guardian.notify.MetricsHistory;
import com.wedsync.guardian.notify.http.HttpTransport;
import com.wedsync.guardian.notify.http.Json;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.List;

/**
 * Sends one email through {@code POST /emails}. The Idempotency-Key is the notification's outbox id, not the
 * group's dedup key: Resend remembers a key for 24 hours per team and answers 409 when the same key comes with
 * another body, while the dedup key is shared by the trigger, every repeat, the all-clear and every escalation
 * level of a group. The id is what stays the same across resends of one notification (after a crash, or from
 * another instance), which is exactly the duplicate to drop.
 */
public final class ResendNotifier implements Notifier {

    /** Resend accepts keys up to 256 characters (contracts/README.md). */
    static final int IDEMPOTENCY_KEY_MAX = 256;

    private final String name;
    private final ResendConfig config;
    private final MetricsHistory history;
    private final Clock clock;
    private final HttpTransport http;

    public ResendNotifier(String name, ResendConfig config, MetricsHistory history, Clock clock) {
        this.name = name;
        this.config = config;
        this.history = history;
        this.clock = clock;
        this.http = new HttpTransport(name, config.timeouts(), clock, List.of(config.apiKey()));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return ResendChannel.TYPE;
    }

    static String idempotencyKey(Notification n) {
        return AlertFacts.boundedKey(n.id(), IDEMPOTENCY_KEY_MAX);
    }

    @Override
    public DeliveryResult deliver(Notification notification) {
        return http.send("email", () -> {
            AlertFacts facts = new AlertFacts(notification);
            var rows = facts.alert().pool().isEmpty() ? List.<com.wedsync.guardian.pool.PoolSnapshot>of()
                    : history.lastHour(facts.alert().pool(), clock.instant());
            return HttpRequest.newBuilder(URI.create(config.baseUrl() + "/emails"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + config.apiKey().reveal())
                    .header("Idempotency-Key", idempotencyKey(notification))
                    .POST(Json.body(EmailMessage.render(facts, config, rows)));
        });
    }

    @Override
    public String toString() {
        return "ResendNotifier[" + name + "]";
    }
}
