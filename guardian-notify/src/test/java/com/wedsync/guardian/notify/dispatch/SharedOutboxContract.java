package com.wedsync.guardian.notify.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.alert.Outbox;
import com.wedsync.guardian.jdbc.outbox.JdbcOutbox;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.notify.resilience.ResilienceConfig;
import com.wedsync.guardian.notify.testing.Alerts;
import com.wedsync.guardian.notify.testing.LogCapture;
import com.wedsync.guardian.notify.testing.LoopbackServer;
import com.wedsync.guardian.notify.webhook.WebhookConfig;
import com.wedsync.guardian.notify.webhook.WebhookNotifier;
import com.wedsync.guardian.secret.Secret;
import com.wedsync.guardian.testing.Eventually;
import com.wedsync.guardian.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two guardian instances, each with its own store pool, draining one outbox: every notification is sent by
 * exactly one of them, and an instance that stalls past its lease loses the entry to the other.
 * PostgreSQL and H2 each extend it with a fresh database.
 */
abstract class SharedOutboxContract {

    private static final HttpTimeouts TIMEOUTS = new HttpTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoopbackServer receiver = new LoopbackServer();
    private GuardianStore storeA;
    private GuardianStore storeB;

    /** The store both instances open. */
    abstract String storeUrl();

    abstract String user();

    @BeforeEach
    void openTwoPoolsOnAnEmptyOutbox() throws SQLException {
        storeA = GuardianStore.open(storeUrl(), user(), null);
        storeB = GuardianStore.open(storeUrl(), user(), null);
        try (Connection c = storeA.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM guardian_outbox");
        }
    }

    @AfterEach
    void close() {
        storeA.close();
        storeB.close();
        receiver.close();
    }

    private Notifier hook(String path, Clock clock) {
        return new WebhookNotifier("hook", WebhookConfig.builder().url(Secret.of(receiver.baseUrl() + path))
                .timeouts(TIMEOUTS).build(), clock);
    }

    private static OutboxDispatcher dispatcher(JdbcOutbox outbox, Notifier hook, Clock clock, String owner) {
        return new OutboxDispatcher(outbox, Map.of("hook", hook), ResilienceConfig.DEFAULT, clock, 10,
                DispatchListener.NONE, new ClaimLease(owner, LEASE));
    }

    private static Notification note(String id) {
        return new Notification(id, "dedup-" + id, "hook", NotificationAction.TRIGGER, Alerts.weddingSaturation(),
                List.of());
    }

    private static String dedupKey(LoopbackServer.Request r) {
        try {
            return JSON.readTree(r.body()).get("dedupKey").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void twoInstancesDeliverEachNotificationExactlyOnceAndBothDoSomeOfTheWork() {
        int n = 60;
        JdbcOutbox a = new JdbcOutbox(storeA.dataSource());
        JdbcOutbox b = new JdbcOutbox(storeB.dataSource());
        Clock clock = Clock.systemUTC();
        for (int i = 0; i < n; i++) {
            (i % 2 == 0 ? a : b).enqueue(note("n" + i), clock.instant());
        }
        // instance a's first send is answered only once b has sent one: both must have claimed some
        CountDownLatch bSent = new CountDownLatch(1);
        receiver.respond(r -> {
            if (r.path().equals("/b")) {
                bSent.countDown();
            } else {
                awaitQuietly(bSent);
            }
            return LoopbackServer.Response.of(200);
        });

        try (OutboxDispatcher da = dispatcher(a, hook("/a", clock), clock, "guardian-a");
             OutboxDispatcher db = dispatcher(b, hook("/b", clock), clock, "guardian-b")) {
            da.start(Duration.ofMillis(20));
            db.start(Duration.ofMillis(20));
            Eventually.await(Duration.ofSeconds(60), "every notification delivered", () -> a.pendingCount() == 0);
        }

        List<LoopbackServer.Request> sent = receiver.requests();
        assertThat(sent.stream().collect(Collectors.groupingBy(SharedOutboxContract::dedupKey, Collectors.counting())))
                .hasSize(n).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1L));
        Map<String, Long> byInstance = sent.stream()
                .collect(Collectors.groupingBy(LoopbackServer.Request::path, Collectors.counting()));
        assertThat(byInstance).containsOnlyKeys("/a", "/b");
    }

    @Test
    void anInstanceStalledPastItsLeaseLosesTheEntryAndItsLateMarkIsRefused() {
        MutableClock clock = new MutableClock(Alerts.T0);
        JdbcOutbox a = new JdbcOutbox(storeA.dataSource());
        JdbcOutbox b = new JdbcOutbox(storeB.dataSource());
        OutboxDispatcher db = dispatcher(b, hook("/b", clock), clock, "guardian-b");
        a.enqueue(note("n"), clock.instant());
        StalledChannel stalled = new StalledChannel(() -> {
            assertThat(db.drainOnce()).as("held by a while its lease runs").isEmpty();
            clock.advance(LEASE);
            return db.drainOnce();
        });
        OutboxDispatcher da = dispatcher(a, stalled, clock, "guardian-a");

        List<DispatchOutcome> lateA;
        List<String> logs;
        try (LogCapture capture = new LogCapture()) {
            lateA = da.drainOnce();
            logs = capture.lines();
        }

        assertThat(stalled.meanwhile).extracting(DispatchOutcome::status).containsExactly(DispatchOutcome.Status.DELIVERED);
        assertThat(lateA).extracting(DispatchOutcome::status).containsExactly(DispatchOutcome.Status.DELIVERED);
        assertThat(receiver.requests()).singleElement().satisfies(r -> assertThat(r.path()).isEqualTo("/b"));
        assertThat(a.find("n")).hasValueSatisfying(e -> {
            assertThat(e.state()).isEqualTo(Outbox.State.DELIVERED);
            assertThat(e.attempts()).as("only b's mark counted").isEqualTo(1);
        });
        assertThat(logs).anySatisfy(l -> assertThat(l).contains("n on hook: the claim ran out during the attempt"));
        assertThat(da.drainOnce()).isEmpty();
        assertThat(db.drainOnce()).isEmpty();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Instance a's channel: while "sending", runs what the other instance does meanwhile, then reports success. */
    private static final class StalledChannel implements Notifier {
        private final Supplier<List<DispatchOutcome>> whileStalled;
        private List<DispatchOutcome> meanwhile = List.of();

        StalledChannel(Supplier<List<DispatchOutcome>> whileStalled) {
            this.whileStalled = whileStalled;
        }

        @Override
        public String name() {
            return "hook";
        }

        @Override
        public String type() {
            return "test";
        }

        @Override
        public DeliveryResult deliver(Notification notification) {
            meanwhile = whileStalled.get();
            return DeliveryResult.delivered(200, "HTTP 200 after a stall");
        }
    }
}
