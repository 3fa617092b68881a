package com.wedsync.guardian.alert.ratelimit;

import java.time.Instant;

/** A token bucket driven by the instants it is given (never a clock of its own). Tick thread only. */
final class TokenBucket {

    private final long nanosPerPermit;
    private final long capacityNanos;
    /** Time credit in nanoseconds: a permit costs {@code nanosPerPermit}; full at {@code capacityNanos}. */
    private long credit;
    /** The last instant seen, in nanoseconds since the epoch (a long holds them until 2262). */
    private long last;
    private boolean started;

    TokenBucket(RateLimit limit) {
        this.nanosPerPermit = limit.nanosPerPermit();
        this.capacityNanos = nanosPerPermit * limit.burst();
        this.credit = capacityNanos;
    }

    private void refill(Instant now) {
        long at = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        if (!started) {
            started = true;
            last = at;
        } else if (at > last) {
            credit = Math.min(capacityNanos, credit + (at - last));
            last = at;
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
