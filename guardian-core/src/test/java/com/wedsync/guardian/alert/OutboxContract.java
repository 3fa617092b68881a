package com.wedsync.guardian.alert;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every outbox must do, whatever stores it: the in-memory one here, H2 and PostgreSQL in guardian-jdbc.
 * Each subclass gives a fresh, empty outbox per test.
 */
public abstract class OutboxContract {

    protected static final Instant T0 = Instant.parse("2026-06-13T14:00:00Z");
    protected static final Duration LEASE = Duration.ofSeconds(60);
    private static final String ME = "guardian-a";
    private static final String OTHER = "guardian-b";

    protected abstract Outbox outbox();

    protected static Notification notification(String id, String channel, List<String> fallbacks) {
        Alert alert = new Alert("fp-" + id,
                Map.of("pool", "orders", "condition", "saturation", "severity", "critical", "instance", "app-1"),
                "orders pool at 98%", "46 of 47 connections used; 12 threads waiting",
                Map.of(AlertFigure.UTILISATION.key(), 0.98, AlertFigure.WAIT_P99_MS.key(), 850.0,
                        AlertFigure.USED.key(), 46.0, AlertFigure.MAX.key(), 47.0),
                new Alert.AlertContext(5, "EMERGENCY", 3, 348, 42, List.of("Babington House", "Kew Gardens")),
                T0.minusSeconds(90), null);
        return new Notification(id, "dedup-" + id, channel, NotificationAction.TRIGGER, alert, fallbacks,
                List.of(channel, "exec-log"));
    }

    /** Reads the entry and claims it for {@code owner} at {@code now}; true when the claim was won. */
    protected boolean claim(String id, String owner, Instant now) {
        Outbox.Entry e = outbox().find(id).orElseThrow();
        return outbox().claim(e, owner, now, now.plus(LEASE));
    }

    private Outbox.Entry stored(String id) {
        return outbox().find(id).orElseThrow();
    }

    @Test
    public void storesTheWholeNotificationAndReturnsItUnchanged() {
        Notification n = notification("n1", "ops-slack", List.of("oncall", "log"));
        assertThat(outbox().enqueue(n, T0)).isTrue();

        List<Outbox.Entry> due = outbox().due(T0, 10);

        assertThat(due).singleElement().satisfies(e -> {
            assertThat(e.notification()).isEqualTo(n);
            assertThat(e.attempts()).isZero();
            assertThat(e.state()).isEqualTo(Outbox.State.PENDING);
            assertThat(e.reached()).isEmpty();
        });
    }

    @Test
    public void enqueueIsIdempotentOnId() {
        Notification n = notification("same", "ops-slack", List.of());
        assertThat(outbox().enqueue(n, T0)).isTrue();
        assertThat(outbox().enqueue(n, T0.plusSeconds(5))).isFalse();

        assertThat(outbox().due(T0.plusSeconds(10), 10)).hasSize(1);
    }

    @Test
    public void dueIsOldestFirstAndLimited() {
        outbox().enqueue(notification("b", "c", List.of()), T0.plusSeconds(2));
        outbox().enqueue(notification("a", "c", List.of()), T0.plusSeconds(1));
        outbox().enqueue(notification("c", "c", List.of()), T0.plusSeconds(3));
        outbox().enqueue(notification("later", "c", List.of()), T0.plusSeconds(60));

        assertThat(outbox().due(T0.plusSeconds(10), 10)).extracting(Outbox.Entry::id).containsExactly("a", "b", "c");
        assertThat(outbox().due(T0.plusSeconds(10), 2)).extracting(Outbox.Entry::id).containsExactly("a", "b");
    }

    @Test
    public void aRetryIsNotDueBeforeItsTimeAndCountsTheAttempt() {
        outbox().enqueue(notification("r", "c", List.of()), T0);
        assertThat(claim("r", ME, T0)).isTrue();
        assertThat(outbox().markRetry("r", ME, T0, DeliveryResult.retryable(503, Duration.ofSeconds(30), "HTTP 503"),
                T0.plusSeconds(30))).isTrue();

        assertThat(outbox().due(T0.plusSeconds(29), 10)).isEmpty();
        assertThat(outbox().due(T0.plusSeconds(30), 10)).singleElement().satisfies(e -> {
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        });
    }

    @Test
    public void deliveredAndFailedAreNeverDueAgainAndALateMarkCannotReviveThem() {
        outbox().enqueue(notification("d", "c", List.of()), T0);
        outbox().enqueue(notification("f", "c", List.of()), T0);
        claim("d", ME, T0);
        claim("f", ME, T0);
        assertThat(outbox().markDelivered("d", ME, T0, DeliveryResult.delivered(200, "HTTP 200"))).isTrue();
        assertThat(outbox().markFailed("f", ME, T0, DeliveryResult.permanent(400, "HTTP 400"))).isTrue();

        assertThat(outbox().markRetry("d", ME, T0, DeliveryResult.retryable(503, null, "late"), T0)).isFalse();
        assertThat(claim("d", OTHER, T0.plusSeconds(3600))).isFalse();
        assertThat(outbox().due(T0.plusSeconds(3600), 10)).isEmpty();
        assertThat(stored("d").state()).isEqualTo(Outbox.State.DELIVERED);
        assertThat(stored("d").attempts()).isEqualTo(1);
        assertThat(stored("f").state()).isEqualTo(Outbox.State.FAILED);
    }

    @Test
    public void aClaimedEntryIsNobodyElsesUntilItsLeaseRunsOut() {
        outbox().enqueue(notification("n", "c", List.of()), T0);
        Outbox.Entry read = outbox().due(T0, 10).get(0);

        assertThat(outbox().claim(read, ME, T0, T0.plus(LEASE))).isTrue();

        assertThat(outbox().claim(read, OTHER, T0, T0.plus(LEASE))).isFalse();
        assertThat(outbox().claim(read, ME, T0, T0.plus(LEASE))).as("a claim is not re-entrant").isFalse();
        assertThat(outbox().due(T0.plus(LEASE).minusMillis(1), 10)).isEmpty();
        assertThat(outbox().markDelivered("n", OTHER, T0, DeliveryResult.delivered(200, "HTTP 200"))).isFalse();
        assertThat(stored("n").state()).isEqualTo(Outbox.State.PENDING);
    }

    @Test
    public void aMarkWithoutAClaimIsRefused() {
        outbox().enqueue(notification("n", "c", List.of()), T0);

        assertThat(outbox().markDelivered("n", ME, T0, DeliveryResult.delivered(200, "HTTP 200"))).isFalse();
        assertThat(outbox().markFailed("unknown", ME, T0, DeliveryResult.permanent(400, "HTTP 400"))).isFalse();
        assertThat(stored("n").state()).isEqualTo(Outbox.State.PENDING);
    }

    @Test
    public void aMarkReleasesTheClaimSoTheRetryIsAnyonesWhenDue() {
        outbox().enqueue(notification("n", "c", List.of()), T0);
        claim("n", ME, T0);
        outbox().markRetry("n", ME, T0, DeliveryResult.retryable(503, null, "HTTP 503"), T0.plusSeconds(1));

        assertThat(outbox().due(T0.plusSeconds(1), 10)).extracting(Outbox.Entry::id).containsExactly("n");
        assertThat(claim("n", OTHER, T0.plusSeconds(1))).isTrue();
    }

    @Test
    public void aCrashedOwnersClaimIsTakenOverAfterItsLeaseAndItsLateMarkIsRefused() {
        outbox().enqueue(notification("n", "c", List.of()), T0);
        assertThat(claim("n", ME, T0)).isTrue();
        Instant expired = T0.plus(LEASE);

        assertThat(outbox().due(expired, 10)).extracting(Outbox.Entry::id).containsExactly("n");
        assertThat(claim("n", OTHER, expired)).isTrue();

        assertThat(outbox().markDelivered("n", ME, expired, DeliveryResult.delivered(200, "late"))).isFalse();
        assertThat(outbox().markRetry("n", ME, expired, DeliveryResult.retryable(503, null, "late"), expired)).isFalse();
        assertThat(stored("n").attempts()).isZero();
        assertThat(outbox().markDelivered("n", OTHER, expired, DeliveryResult.delivered(200, "HTTP 200"))).isTrue();
        assertThat(stored("n").state()).isEqualTo(Outbox.State.DELIVERED);
    }

    @Test
    public void anEntryMarkedSinceItWasReadCannotBeClaimedFromTheStaleRead() {
        outbox().enqueue(notification("n", "c", List.of()), T0);
        Outbox.Entry staleRead = outbox().due(T0, 10).get(0);
        claim("n", OTHER, T0);
        outbox().markRetry("n", OTHER, T0, DeliveryResult.retryable(503, null, "HTTP 503"), T0);

        assertThat(outbox().claim(staleRead, ME, T0, T0.plus(LEASE))).isFalse();
        assertThat(claim("n", ME, T0)).as("a fresh read claims").isTrue();
    }

    @Test
    public void aRetryKeepsTheRecipientsReachedSoFar() {
        outbox().enqueue(notification("sms", "c", List.of()), T0);
        claim("sms", ME, T0);
        outbox().markRetry("sms", ME, T0, DeliveryResult.retryable(503, null, "recipient 2 of 3")
                .withReached(Set.of("k1")), T0);
        claim("sms", ME, T0);
        outbox().markRetry("sms", ME, T0, DeliveryResult.retryable(0, null, "circuit open"), T0);
        claim("sms", ME, T0);
        outbox().markRetry("sms", ME, T0, DeliveryResult.retryable(503, null, "recipient 3 of 3")
                .withReached(Set.of("k1", "k2")), T0);

        assertThat(stored("sms").reached()).containsExactlyInAnyOrder("k1", "k2");
        assertThat(outbox().due(T0, 1).get(0).reached()).containsExactlyInAnyOrder("k1", "k2");
    }

    @Test
    public void amongOwnersClaimingAtOnceEachEntryGoesToExactlyOne() throws Exception {
        int entries = 40;
        int owners = 4;
        for (int i = 0; i < entries; i++) {
            outbox().enqueue(notification("n" + i, "c", List.of()), T0.plusMillis(i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(owners);
        try {
            List<Future<List<String>>> won = new ArrayList<>();
            for (int o = 0; o < owners; o++) {
                String owner = "owner-" + o;
                Callable<List<String>> claimAll = () -> {
                    start.await();
                    List<String> mine = new ArrayList<>();
                    for (Outbox.Entry e : outbox().due(T0.plusSeconds(1), entries)) {
                        if (outbox().claim(e, owner, T0.plusSeconds(1), T0.plusSeconds(1).plus(LEASE))) {
                            mine.add(e.id());
                        }
                    }
                    return mine;
                };
                won.add(pool.submit(claimAll));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : won) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(all).hasSize(entries).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }
}
