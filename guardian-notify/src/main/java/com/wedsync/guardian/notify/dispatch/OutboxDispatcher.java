package com.wedsync.guardian.notify.dispatch;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.alert.Outbox;
import com.wedsync.guardian.loop.Loop;
import com.wedsync.guardian.notify.resilience.Backoff;
import com.wedsync.guardian.notify.resilience.GuardedNotifier;
import com.wedsync.guardian.notify.resilience.ResilienceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends what the outbox holds. Each drain reads the due entries, oldest first, claims each just before its
 * attempt (so of several instances draining one outbox exactly one sends it, and the lease only has to outlast
 * one attempt) and makes one attempt through the channel's circuit breaker; an entry another instance claimed
 * first is skipped. A retry is scheduled in the outbox ({@code markRetry}) rather than
 * waited for, so no thread sleeps on a failing vendor. A delivery that fails for good, or finds its circuit
 * open, is handed to the route's next channel: a new outbox entry, so failover survives a crash too.
 */
public final class OutboxDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** Marks a failover entry's id: {@code <original id>~<fallback channel>}. */
    static final String FAILOVER_SEPARATOR = "~";

    private final Outbox outbox;
    private final Map<String, GuardedNotifier> channels;
    private final ResilienceConfig config;
    private final Backoff backoff;
    private final Clock clock;
    private final int batchSize;
    private final DispatchListener listener;
    private final ClaimLease lease;
    private final Semaphore wakeups = new Semaphore(0);
    private volatile Thread worker;
    private volatile boolean running;

    /** A dispatcher claiming under an owner id of its own for {@link ClaimLease#DEFAULT_LENGTH}. */
    public OutboxDispatcher(Outbox outbox, Map<String, ? extends Notifier> notifiers, ResilienceConfig config,
                            Clock clock, int batchSize, DispatchListener listener) {
        this(outbox, notifiers, config, clock, batchSize, listener, ClaimLease.unique(ClaimLease.DEFAULT_LENGTH));
    }

    /**
     * @param outbox    where notifications wait
     * @param notifiers the configured channels by name (each wrapped in its own circuit breaker here)
     * @param config    circuit breaker and retry schedule
     * @param clock     every time the dispatcher reads or writes
     * @param batchSize entries read per drain, 1 to 10,000
     * @param listener  told about every outcome
     * @param lease     who this dispatcher claims entries as, and for how long
     */
    public OutboxDispatcher(Outbox outbox, Map<String, ? extends Notifier> notifiers, ResilienceConfig config,
                            Clock clock, int batchSize, DispatchListener listener, ClaimLease lease) {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize must be between 1 and 10000, but was " + batchSize);
        }
        this.outbox = outbox;
        this.config = config;
        this.backoff = new Backoff(config);
        this.clock = clock;
        this.batchSize = batchSize;
        this.listener = listener == null ? DispatchListener.NONE : listener;
        this.lease = Objects.requireNonNull(lease, "lease");
        Map<String, GuardedNotifier> guarded = new LinkedHashMap<>();
        notifiers.forEach((name, n) -> guarded.put(name,
                n instanceof GuardedNotifier g ? g : new GuardedNotifier(n, config, clock)));
        this.channels = Map.copyOf(guarded);
    }

    /** The channels as wrapped here, for their circuit state. */
    public Map<String, GuardedNotifier> channels() {
        return channels;
    }

    /** Writes the notification to the outbox and wakes the worker. False when its id was already stored. */
    public boolean submit(Notification notification) {
        boolean added = outbox.enqueue(notification, clock.instant());
        wakeups.release();
        return added;
    }

    /** One pass over what is due now. Returns what was done, in order; entries another instance took are left out. */
    public synchronized List<DispatchOutcome> drainOnce() {
        Instant now = clock.instant();
        List<DispatchOutcome> outcomes = new ArrayList<>();
        for (Outbox.Entry e : outbox.due(now, batchSize)) {
            Instant claimedAt = clock.instant();
            if (!outbox.claim(e, lease.owner(), claimedAt, claimedAt.plus(lease.length()))) {
                continue;
            }
            DispatchOutcome o = dispatch(e);
            outcomes.add(o);
            try {
                listener.onOutcome(o);
            } catch (RuntimeException ex) {
                LOG.warn("dispatch listener failed on {} ({})", o.notificationId(), ex.getClass().getSimpleName());
            }
        }
        return outcomes;
    }

    /** Drains until nothing is due now (at most {@code maxPasses} passes); returns every outcome. */
    public List<DispatchOutcome> drainAll(int maxPasses) {
        List<DispatchOutcome> all = new ArrayList<>();
        for (int i = 0; i < maxPasses; i++) {
            List<DispatchOutcome> pass = drainOnce();
            all.addAll(pass);
            if (pass.isEmpty()) {
                break;
            }
        }
        return all;
    }

    private DispatchOutcome dispatch(Outbox.Entry e) {
        Notification n = e.notification();
        Instant now = clock.instant();
        GuardedNotifier channel = channels.get(n.channel());
        if (channel == null) {
            DeliveryResult r = DeliveryResult.permanent(0, "no channel named '" + n.channel() + "' is configured");
            return failOver(n, e.attempts(), r);
        }
        GuardedNotifier.Attempt attempt = channel.attempt(n, e.reached());
        DeliveryResult r = attempt.result();
        int attempts = e.attempts() + 1;
        if (attempt.refused()) {
            if (!n.fallbacks().isEmpty()) {
                return failOver(n, e.attempts(), r);
            }
            // Resilience4j half-opens only once the wait is strictly over
            Instant next = now.plus(channel.openStateWait()).plusMillis(1);
            held(outbox.markRetry(n.id(), lease.owner(), now, r, next), n);
            return new DispatchOutcome(n.id(), n.channel(), DispatchOutcome.Status.RETRY, e.attempts(), r, next, null);
        }
        switch (r.outcome()) {
            case DELIVERED -> {
                held(outbox.markDelivered(n.id(), lease.owner(), now, r), n);
                LOG.debug("{} delivered on {} after {} attempt(s)", n.id(), n.channel(), attempts);
                return new DispatchOutcome(n.id(), n.channel(), DispatchOutcome.Status.DELIVERED, attempts, r, null, null);
            }
            case RETRYABLE -> {
                if (attempts >= config.maxAttempts()) {
                    return failOver(n, attempts, r);
                }
                Duration wait = backoff.after(attempts, r.retryAfter());
                Instant next = now.plus(wait);
                held(outbox.markRetry(n.id(), lease.owner(), now, r, next), n);
                return new DispatchOutcome(n.id(), n.channel(), DispatchOutcome.Status.RETRY, attempts, r, next, null);
            }
            default -> {
                return failOver(n, attempts, r);
            }
        }
    }

    /** Marks the entry failed and, when the route has a next channel, enqueues the notification for it. */
    private DispatchOutcome failOver(Notification n, int attempts, DeliveryResult r) {
        Instant now = clock.instant();
        if (n.fallbacks().isEmpty()) {
            held(outbox.markFailed(n.id(), lease.owner(), now, r), n);
            LOG.warn("{} failed for good on channel {}: {}", n.id(), n.channel(), r.detail());
            return new DispatchOutcome(n.id(), n.channel(), DispatchOutcome.Status.FAILED, attempts, r, null, null);
        }
        String next = n.fallbacks().get(0);
        Notification moved = new Notification(n.id() + FAILOVER_SEPARATOR + next, n.dedupKey(), next, n.action(),
                n.alert(), n.fallbacks().subList(1, n.fallbacks().size()));
        // enqueue before marking: a crash in between re-sends on the first channel, never loses the alert
        outbox.enqueue(moved, now);
        held(outbox.markFailed(n.id(), lease.owner(), now,
                DeliveryResult.permanent(r.status(), r.detail() + "; failed over to " + next)), n);
        LOG.warn("{} failed on channel {} ({}); failing over to {}", n.id(), n.channel(), r.detail(), next);
        wakeups.release();
        return new DispatchOutcome(n.id(), n.channel(), DispatchOutcome.Status.FAILED_OVER, attempts, r, null, next);
    }

    /** A refused mark: the lease ran out during the attempt and another instance took the entry over. */
    private void held(boolean marked, Notification n) {
        if (!marked) {
            LOG.warn("{} on {}: the claim ran out during the attempt and another instance took it over;"
                    + " its mark is refused (lease {})", n.id(), n.channel(), lease.length());
        }
    }

    /**
     * Starts a daemon worker that drains at once on {@link #submit} and at least every {@code pollInterval}
     * (which picks up scheduled retries and entries written by other processes).
     */
    public synchronized void start(Duration pollInterval) {
        start(pollInterval, Loop.unwatched("outbox-dispatcher", clock));
    }

    /** As {@link #start(Duration)}, each pass run through {@code loop}: a pass that throws anything is recorded there. */
    public synchronized void start(Duration pollInterval, Loop loop) {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be > 0, but was " + pollInterval);
        }
        if (worker != null) {
            return;
        }
        running = true;
        Thread t = new Thread(() -> loop(pollInterval, loop), "guardian-outbox-dispatcher");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    private void loop(Duration pollInterval, Loop loop) {
        boolean[] full = new boolean[1];
        while (running) {
            // a store hiccup (or any error) must not kill delivery: the entries stay pending, the next pass retries
            full[0] = false;
            loop.run(() -> full[0] = drainOnce().size() >= batchSize);
            if (full[0]) {
                continue;
            }
            try {
                if (wakeups.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops the worker (if started) and waits up to five seconds for its current pass. */
    @Override
    public void close() {
        running = false;
        Thread t = worker;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
