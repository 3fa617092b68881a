package com.wedsync.guardian.notify.resilience;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.Notifier;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A channel behind its own Resilience4j circuit breaker. Retryable failures (time-outs, 429, 5xx) count
 * against the vendor; a permanent 4xx does not, because it says the message was bad, not the vendor down.
 * While the circuit is open no request is sent and the dispatcher fails over.
 */
public final class GuardedNotifier implements Notifier {

    /** The detail of a result when the circuit refused the call. */
    public static final String CIRCUIT_OPEN = "circuit open: channel skipped";

    private final Notifier delegate;
    private final CircuitBreaker breaker;
    private final Duration openStateWait;

    public GuardedNotifier(Notifier delegate, ResilienceConfig config, Clock clock) {
        this.delegate = delegate;
        this.openStateWait = config.openStateWait();
        this.breaker = CircuitBreaker.of(delegate.name(), CircuitBreakerConfig.custom()
                .failureRateThreshold(config.failureRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(config.slidingWindowSize())
                .minimumNumberOfCalls(config.minimumNumberOfCalls())
                .waitDurationInOpenState(config.openStateWait())
                .permittedNumberOfCallsInHalfOpenState(1)
                .clock(clock)
                .currentTimestampFunction(c -> c.millis(), TimeUnit.MILLISECONDS)
                .build());
    }

    /** What one guarded attempt came to. {@code refused}: the circuit was open and nothing was sent. */
    public record Attempt(DeliveryResult result, boolean refused) {
    }

    /** One attempt through the breaker, skipping the recipients earlier attempts reached. */
    public Attempt attempt(Notification notification, Set<String> alreadyReached) {
        if (!breaker.tryAcquirePermission()) {
            return new Attempt(DeliveryResult.retryable(0, null, CIRCUIT_OPEN), true);
        }
        long start = System.nanoTime();
        DeliveryResult r = delegate.deliver(notification, alreadyReached);
        long took = System.nanoTime() - start;
        if (r.outcome() == DeliveryResult.Outcome.RETRYABLE) {
            breaker.onError(took, TimeUnit.NANOSECONDS, new VendorFailure(r.status()));
        } else {
            breaker.onSuccess(took, TimeUnit.NANOSECONDS);
        }
        return new Attempt(r, false);
    }

    @Override
    public DeliveryResult deliver(Notification notification) {
        return deliver(notification, Set.of());
    }

    @Override
    public DeliveryResult deliver(Notification notification, Set<String> alreadyReached) {
        return attempt(notification, alreadyReached).result();
    }

    /** CLOSED, OPEN, HALF_OPEN...: for metrics and the API. */
    public String circuitState() {
        return breaker.getState().name();
    }

    /** How long an open circuit stays open before it lets one trial call through. */
    public Duration openStateWait() {
        return openStateWait;
    }

    public Notifier delegate() {
        return delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public String type() {
        return delegate.type();
    }

    @Override
    public String toString() {
        return "GuardedNotifier[" + delegate.name() + ", " + breaker.getState() + "]";
    }

    /** Recorded by the breaker as the failure; carries only the status, never a detail that could hold a secret. */
    private static final class VendorFailure extends RuntimeException {
        VendorFailure(int status) {
            super("status " + status, null, false, false);
        }
    }
}
