package com.wedsync.guardian.notify.dispatch;

import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.jdbc.outbox.JdbcOutbox;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.notify.resilience.ResilienceConfig;
import com.wedsync.guardian.notify.testing.Alerts;
import com.wedsync.guardian.notify.webhook.WebhookConfig;
import com.wedsync.guardian.notify.webhook.WebhookNotifier;
import com.wedsync.guardian.secret.Secret;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The delivering process of {@link OutboxDurabilityTest}, run in its own JVM so the test can kill it with
 * SIGKILL: enqueues N alerts into a file-backed H2 outbox (idempotently, so a restart re-enqueues harmlessly),
 * then delivers until every pending one was accepted, and exits 0.
 * Arguments: store URL, receiver URL, N.
 */
public final class DurabilityWorker {

    private DurabilityWorker() {
    }

    public static void main(String[] args) throws Exception {
        String storeUrl = args[0];
        String receiver = args[1];
        int n = Integer.parseInt(args[2]);
        Clock clock = Clock.systemUTC();
        try (GuardianStore store = GuardianStore.open(storeUrl, "sa", "")) {
            JdbcOutbox outbox = new JdbcOutbox(store.dataSource());
            int added = 0;
            for (int i = 0; i < n; i++) {
                Notification note = new Notification("alert-" + i, "dedup-" + i, "hook", NotificationAction.TRIGGER,
                        Alerts.weddingSaturation(), List.of());
                added += outbox.enqueue(note, clock.instant()) ? 1 : 0;
            }
            int pending = outbox.pendingCount();
            System.out.println("ENQUEUED " + added + " PENDING " + pending);
            CountDownLatch delivered = new CountDownLatch(pending);
            WebhookNotifier hook = new WebhookNotifier("hook", WebhookConfig.builder().url(Secret.of(receiver))
                    .timeouts(new HttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))).build(), clock);
            // retry fast and never give up or open the circuit: the test is about the outbox, not the breaker
            ResilienceConfig fast = ResilienceConfig.builder().initialBackoff(Duration.ofMillis(20))
                    .maxBackoff(Duration.ofMillis(100)).maxAttempts(1_000_000).slidingWindowSize(1000)
                    .minimumNumberOfCalls(1000).build();
            // a short lease: the entry in flight when the first worker is killed is taken over within seconds
            try (OutboxDispatcher d = new OutboxDispatcher(outbox, Map.of("hook", hook), fast, clock, 100, o -> {
                if (o.status() == DispatchOutcome.Status.DELIVERED) {
                    delivered.countDown();
                }
            }, ClaimLease.unique(Duration.ofSeconds(2)))) {
                d.start(Duration.ofMillis(20));
                boolean all = delivered.await(90, TimeUnit.SECONDS);
                System.out.println(all ? "DELIVERED ALL" : "TIMED OUT");
                System.exit(all ? 0 : 3);
            }
        }
    }
}
