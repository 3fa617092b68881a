package com.wedsync.guardian.hikari.jmx;

import java.time.Duration;
import java.time.Instant;

/** When the next connection attempt may be made: exponential backoff on the guardian's clock. */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private int failures;
    private Instant nextAttempt = Instant.MIN;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    boolean allows(Instant now) {
        return !now.isBefore(nextAttempt);
    }

    Instant nextAttempt() {
        return nextAttempt;
    }

    void failed(Instant now) {
        failures++;
        // Doubling stops being meaningful long before 2^30; the cap keeps the shift in range.
        Duration wait = initial.multipliedBy(1L << Math.min(failures - 1, 30));
        nextAttempt = now.plus(wait.compareTo(max) > 0 ? max : wait);
    }

    void succeeded() {
        failures = 0;
        nextAttempt = Instant.MIN;
    }
}
