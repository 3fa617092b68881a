package com.wedsync.guardian.notify.resilience;

import io.github.resilience4j.core.IntervalFunction;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try again: Resilience4j's exponential interval for the attempt number, or the vendor's Retry-After
 * when it asks for longer (capped by {@link ResilienceConfig#maxRetryAfter()}).
 */
public final class Backoff {

    private final IntervalFunction interval;
    private final Duration maxRetryAfter;

    public Backoff(ResilienceConfig config) {
        this.interval = IntervalFunction.ofExponentialBackoff(config.initialBackoff(), config.backoffMultiplier(),
                config.maxBackoff());
        this.maxRetryAfter = config.maxRetryAfter();
    }

    /** The wait after the {@code attempt}-th failed attempt (1 for the first). */
    public Duration after(int attempt, Optional<Duration> retryAfter) {
        Duration backoff = Duration.ofMillis(interval.apply(Math.max(1, attempt)));
        if (retryAfter.isEmpty()) {
            return backoff;
        }
        Duration asked = retryAfter.get().compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter.get();
        return asked.compareTo(backoff) > 0 ? asked : backoff;
    }
}
