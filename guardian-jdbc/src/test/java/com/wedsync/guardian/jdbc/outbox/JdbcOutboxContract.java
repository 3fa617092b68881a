package com.wedsync.guardian.jdbc.outbox;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.Outbox;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store's outbox must do; H2 and PostgreSQL each extend it with a fresh store. */
abstract class JdbcOutboxContract {

    static final Instant T0 = Instant.parse("2026-06-13T14:00:00Z");

    abstract JdbcOutbox outbox();

    static Notification notification(String id, String channel, List<String> fallbacks) {
        Alert alert = new Alert("fp-" + id,
                Map.of("pool", "orders", "condition", "saturation", "severity", "critical", "instance", "app-1"),
                "orders pool at 98%", "46 of 47 connections used; 12 threads waiting",
                Map.of("utilisation", 0.98, "wait_p99_ms", 850.0, "used", 46.0, "max", 47.0),
                new Alert.AlertContext(5, "EMERGENCY", 3, 348, 42, List.of("Babington House", "Kew Gardens")),
                T0.minusSeconds(90), null);
        return new Notification(id, "dedup-" + id, channel, NotificationAction.TRIGGER, alert, fallbacks);
    }

    @Test
    void storesTheWholeNotificationAndReturnsItUnchanged() {
        Notification n = notification("n1", "ops-slack", List.of("oncall", "log"));
        assertThat(outbox().enqueue(n, T0)).isTrue();

        List<Outbox.Entry> due = outbox().due(T0, 10);

        assertThat(due).hasSize(1);
        assertThat(due.get(0).notification()).isEqualTo(n);
        assertThat(due.get(0).attempts()).isZero();
        assertThat(due.get(0).state()).isEqualTo(JdbcOutbox.PENDING);
    }

    @Test
    void enqueueIsIdempotentOnId() {
        Notification n = notification("same", "ops-slack", List.of());
        assertThat(outbox().enqueue(n, T0)).isTrue();
        assertThat(outbox().enqueue(n, T0.plusSeconds(5))).isFalse();

        assertThat(outbox().due(T0.plusSeconds(10), 10)).hasSize(1);
    }

    @Test
    void dueIsOldestFirstAndLimited() {
        outbox().enqueue(notification("b", "c", List.of()), T0.plusSeconds(2));
        outbox().enqueue(notification("a", "c", List.of()), T0.plusSeconds(1));
        outbox().enqueue(notification("c", "c", List.of()), T0.plusSeconds(3));
        outbox().enqueue(notification("later", "c", List.of()), T0.plusSeconds(60));

        assertThat(outbox().due(T0.plusSeconds(10), 10)).extracting(e -> e.notification().id())
                .containsExactly("a", "b", "c");
        assertThat(outbox().due(T0.plusSeconds(10), 2)).extracting(e -> e.notification().id())
                .containsExactly("a", "b");
    }

    @Test
    void aRetryIsNotDueBeforeItsTimeAndCountsTheAttempt() {
        outbox().enqueue(notification("r", "c", List.of()), T0);
        outbox().markRetry("r", T0, DeliveryResult.retryable(503, Duration.ofSeconds(30), "HTTP 503"),
                T0.plusSeconds(30));

        assertThat(outbox().due(T0.plusSeconds(29), 10)).isEmpty();
        List<Outbox.Entry> due = outbox().due(T0.plusSeconds(30), 10);
        assertThat(due).singleElement().satisfies(e -> {
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        });
    }

    @Test
    void deliveredAndFailedAreNeverDueAgainAndALateMarkCannotReviveThem() {
        outbox().enqueue(notification("d", "c", List.of()), T0);
        outbox().enqueue(notification("f", "c", List.of()), T0);
        outbox().markDelivered("d", T0, DeliveryResult.delivered(200, "HTTP 200"));
        outbox().markFailed("f", T0, DeliveryResult.permanent(400, "HTTP 400"));
        outbox().markRetry("d", T0, DeliveryResult.retryable(503, null, "late"), T0);

        assertThat(outbox().due(T0.plusSeconds(3600), 10)).isEmpty();
        assertThat(outbox().find("d")).hasValueSatisfying(e -> {
            assertThat(e.state()).isEqualTo(JdbcOutbox.DELIVERED);
            assertThat(e.attempts()).isEqualTo(1);
        });
        assertThat(outbox().find("f")).hasValueSatisfying(e -> assertThat(e.state()).isEqualTo(JdbcOutbox.FAILED));
        assertThat(outbox().pendingCount()).isZero();
    }
}
