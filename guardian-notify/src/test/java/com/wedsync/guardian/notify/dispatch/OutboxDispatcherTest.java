package com.wedsync.guardian.notify.dispatch;

import com.wedsync.guardian.alert.InMemoryOutbox;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.notify.resilience.ResilienceConfig;
import com.wedsync.guardian.notify.testing.Alerts;
import com.wedsync.guardian.notify.testing.LoopbackServer;
import com.wedsync.guardian.notify.webhook.WebhookConfig;
import com.wedsync.guardian.notify.webhook.WebhookNotifier;
import com.wedsync.guardian.secret.Secret;
import com.wedsync.guardian.testing.Eventually;
import com.wedsync.guardian.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.wedsync.guardian.notify.dispatch.DispatchOutcome.Status.DELIVERED;
import static com.wedsync.guardian.notify.dispatch.DispatchOutcome.Status.FAILED;
import static com.wedsync.guardian.notify.dispatch.DispatchOutcome.Status.FAILED_OVER;
import static com.wedsync.guardian.notify.dispatch.DispatchOutcome.Status.RETRY;
import static org.assertj.core.api.Assertions.assertThat;

class OutboxDispatcherTest {

    private static final HttpTimeouts TIMEOUTS = new HttpTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));

    private final MutableClock clock = new MutableClock(Alerts.T0);
    private final LoopbackServer primary = new LoopbackServer();
    private final LoopbackServer backup = new LoopbackServer();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final List<DispatchOutcome> heard = new ArrayList<>();

    @AfterEach
    void stop() {
        primary.close();
        backup.close();
    }

    private Notifier hook(String name, LoopbackServer server) {
        return new WebhookNotifier(name, WebhookConfig.builder().url(Secret.of(server.baseUrl() + "/hook"))
                .timeouts(TIMEOUTS).build(), clock);
    }

    private OutboxDispatcher dispatcher(ResilienceConfig config) {
        return new OutboxDispatcher(outbox, Map.of("primary", hook("primary", primary), "backup", hook("backup", backup)),
                config, clock, 100, heard::add);
    }

    private static Notification to(String id, String channel, String... fallbacks) {
        return new Notification(id, "dedup-" + id, channel, NotificationAction.TRIGGER, Alerts.weddingSaturation(),
                List.of(fallbacks));
    }

    @Test
    void deliversOldestFirstAndNeverTwice() {
        OutboxDispatcher d = dispatcher(ResilienceConfig.DEFAULT);
        d.submit(to("first", "primary"));
        clock.advance(Duration.ofMillis(1));
        d.submit(to("second", "primary"));

        assertThat(d.drainOnce()).extracting(DispatchOutcome::notificationId, DispatchOutcome::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("first", DELIVERED),
                        org.assertj.core.groups.Tuple.tuple("second", DELIVERED));
        assertThat(d.drainOnce()).isEmpty();
        assertThat(primary.requests()).hasSize(2);
        assertThat(outbox.find("first")).hasValueSatisfying(e -> assertThat(e.state().name()).isEqualTo("DELIVERED"));
        assertThat(heard).hasSize(2);
    }

    @Test
    void aRetryIsScheduledInTheOutboxWithBackoffNotWaitedFor() {
        primary.respond(503);
        OutboxDispatcher d = dispatcher(ResilienceConfig.builder().initialBackoff(Duration.ofSeconds(2)).build());
        d.submit(to("n", "primary"));

        DispatchOutcome first = d.drainOnce().get(0);
        assertThat(first.status()).isEqualTo(RETRY);
        assertThat(first.nextAttemptAt()).isEqualTo(Alerts.T0.plusSeconds(2));
        assertThat(d.drainOnce()).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        DispatchOutcome second = d.drainOnce().get(0);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(4));

        primary.respond(200);
        clock.advance(Duration.ofSeconds(4));
        assertThat(d.drainOnce()).extracting(DispatchOutcome::status).containsExactly(DELIVERED);
        assertThat(primary.requests()).hasSize(3);
    }

    @Test
    void retryAfterOnTooManyRequestsPushesTheNextAttemptOut() {
        primary.respond(r -> new LoopbackServer.Response(429, Map.of("Retry-After", "45"), ""));
        OutboxDispatcher d = dispatcher(ResilienceConfig.DEFAULT);
        d.submit(to("n", "primary"));

        assertThat(d.drainOnce().get(0).nextAttemptAt()).isEqualTo(Alerts.T0.plusSeconds(45));
        clock.advance(Duration.ofSeconds(44));
        assertThat(d.drainOnce()).isEmpty();
    }

    @Test
    void retriesExhaustedFailOverToTheRoutesNextChannel() {
        primary.respond(500);
        OutboxDispatcher d = dispatcher(ResilienceConfig.builder().maxAttempts(2).minimumNumberOfCalls(10)
                .slidingWindowSize(10).initialBackoff(Duration.ofSeconds(1)).build());
        d.submit(to("n", "primary", "backup"));

        d.drainOnce();
        clock.advance(Duration.ofSeconds(1));
        DispatchOutcome failed = d.drainOnce().get(0);
        assertThat(failed.status()).isEqualTo(FAILED_OVER);
        assertThat(failed.failoverTo()).isEqualTo("backup");
        List<DispatchOutcome> moved = d.drainOnce();

        assertThat(moved).singleElement().satisfies(o -> {
            assertThat(o.channel()).isEqualTo("backup");
            assertThat(o.status()).isEqualTo(DELIVERED);
        });
        assertThat(backup.requests()).hasSize(1);
        assertThat(backup.requests().get(0).body()).contains("\"dedupKey\":\"dedup-n\"");
        assertThat(outbox.find("n")).hasValueSatisfying(e -> assertThat(e.state().name()).isEqualTo("FAILED"));
    }

    @Test
    void aPermanentErrorFailsOverAtOnceAndWithoutAFallbackFailsForGood() {
        primary.respond(400);
        OutboxDispatcher d = dispatcher(ResilienceConfig.DEFAULT);
        d.submit(to("with", "primary", "backup"));
        d.submit(to("without", "primary"));

        List<DispatchOutcome> outcomes = d.drainAll(5);

        assertThat(outcomes).extracting(DispatchOutcome::notificationId, DispatchOutcome::status).contains(
                org.assertj.core.groups.Tuple.tuple("with", FAILED_OVER),
                org.assertj.core.groups.Tuple.tuple("without", FAILED),
                org.assertj.core.groups.Tuple.tuple("with~backup", DELIVERED));
        assertThat(primary.requests()).hasSize(2);
    }

    @Test
    void anOpenCircuitSendsNothingAndFailsOverUntilItsWaitIsOver() {
        primary.respond(503);
        OutboxDispatcher d = dispatcher(ResilienceConfig.builder().slidingWindowSize(2).minimumNumberOfCalls(2)
                .failureRateThreshold(50).openStateWait(Duration.ofSeconds(30)).build());
        d.submit(to("a", "primary"));
        d.submit(to("b", "primary"));
        d.drainOnce();
        assertThat(d.channels().get("primary").circuitState()).isEqualTo("OPEN");

        d.submit(to("c", "primary", "backup"));
        d.submit(to("d", "primary"));
        List<DispatchOutcome> outcomes = d.drainAll(3);

        assertThat(primary.requests()).hasSize(2);
        assertThat(outcomes).filteredOn(o -> o.notificationId().equals("c")).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(FAILED_OVER));
        assertThat(outcomes).filteredOn(o -> o.notificationId().equals("d")).singleElement()
                .satisfies(o -> assertThat(o.nextAttemptAt()).isEqualTo(Alerts.T0.plusSeconds(30).plusMillis(1)));
        assertThat(backup.requests()).hasSize(1);

        primary.respond(200);
        clock.advance(Duration.ofSeconds(30).plusMillis(1));
        d.drainAll(3);
        assertThat(d.channels().get("primary").circuitState()).isEqualTo("CLOSED");
        assertThat(outbox.find("d")).hasValueSatisfying(e -> assertThat(e.state().name()).isEqualTo("DELIVERED"));
    }

    @Test
    void aNotificationForAnUnknownChannelFailsOverRatherThanWaitingForever() {
        OutboxDispatcher d = dispatcher(ResilienceConfig.DEFAULT);
        d.submit(to("n", "no-such-channel", "backup"));

        List<DispatchOutcome> outcomes = d.drainAll(3);

        assertThat(outcomes.get(0).result().detail()).isEqualTo("no channel named 'no-such-channel' is configured");
        assertThat(outcomes).extracting(DispatchOutcome::status).containsExactly(FAILED_OVER, DELIVERED);
    }

    @Test
    void submitIsIdempotentOnId() {
        OutboxDispatcher d = dispatcher(ResilienceConfig.DEFAULT);
        assertThat(d.submit(to("n", "primary"))).isTrue();
        assertThat(d.submit(to("n", "primary"))).isFalse();

        d.drainAll(3);
        assertThat(primary.requests()).hasSize(1);
    }

    @Test
    void theWorkerReportsTheWholeWayToTheFallbacksDelivery() {
        primary.respond(500);
        List<DispatchOutcome> way = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (OutboxDispatcher d = new OutboxDispatcher(outbox, Map.of("primary", hook("primary", primary),
                "backup", hook("backup", backup)), ResilienceConfig.builder().maxAttempts(2)
                .initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(10)).build(),
                java.time.Clock.systemUTC(), 100, way::add)) {
            d.start(Duration.ofMillis(20));

            d.submit(to("n", "primary", "backup"));
            Eventually.await(Duration.ofSeconds(30), "the fallback's delivery",
                    () -> way.stream().anyMatch(o -> o.status() == DELIVERED));

            assertThat(way).extracting(DispatchOutcome::channel, DispatchOutcome::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("primary", RETRY),
                    org.assertj.core.groups.Tuple.tuple("primary", FAILED_OVER),
                    org.assertj.core.groups.Tuple.tuple("backup", DELIVERED));
        }
    }
}
