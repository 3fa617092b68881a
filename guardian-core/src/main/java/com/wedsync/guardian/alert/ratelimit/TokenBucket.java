package com.wedsync.guardian.alert.ratelimit;

import java.time.Duration;
import java.time.Instant;

/** A token bucket driven by the instants it is given (never a clock of its own). Tick thread only. */
final class TokenBucket {

    private final long nanosPerPermit;
    private final long capacityNanos;
    /** Time credit in nanoseconds: a permit costs {@code nanosPerPermit}; full at {@code capacityNanos}. */
    private long credit;
    private Instant last;

    TokenBucket(RateLimit limit) {
        this.nanosPerPermit = limit.nanosPerPermit();
        this.capacityNanos = nanosPerPermit * limit.burst();
        this.credit = capacityNanos;
    }

    private void refill(Instant now) {
        if (last != null && now.isAfter(last)) {
            long gained = Duration.between(last, now).toNanos();
            credit = Math.min(capacityNanos, credit + gained);
        }
        if (last == null || now.isAfter(last)) {
            last = now;
        }
    }

    boolean available(Instant now) {
        refill(now);
        return credit >= nanosPerPermit;
    }

    /** Takes one permit; may go into debt (the emergency bypass still counts against later traffic). */
    void take(Instant now) {
        refill(now);
        credit = Math.max(credit - nanosPerPermit, -capacityNanos);
    }
}
