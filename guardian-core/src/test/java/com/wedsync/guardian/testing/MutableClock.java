package com.wedsync.guardian.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the test moves by hand, in UTC: inject it where the code under test reads the time, then
 * {@link #advance(Duration)} or {@link #set(Instant)} it instead of waiting for real time to pass.
 * Safe to read from other threads (the instant is volatile).
 */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock on by {@code d} (backwards when {@code d} is negative). */
    public void advance(Duration d) {
        now = now.plus(d);
    }

    /** Puts the clock at {@code instant}. */
    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same clock: tests keep one time line whatever zone the code asks for. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
