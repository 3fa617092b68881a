package com.wedsync.guardian.hikari;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for a condition with a deadline instead of sleeping a fixed time. */
public final class Poll {

    private Poll() {
    }

    /** Reads {@code value} until {@code done} accepts it, and returns it; fails with the last value at the deadline. */
    public static <T> T until(Duration timeout, Supplier<T> value, Predicate<T> done, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; last value: " + last);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            last = value.get();
        }
        return last;
    }
}
