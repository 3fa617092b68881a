package com.wedsync.guardian.jdbc.server;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, for what the test cannot drive itself (a backend's exit). */
final class Poll {

    private Poll() {
    }

    /** Calls {@code attempt} until its value meets {@code done}; fails naming {@code what} and the last value at the deadline. */
    static <T> T until(Duration timeout, Supplier<T> attempt, Predicate<T> done, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = attempt.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout + " for " + what + "; last seen: " + last);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            last = attempt.get();
        }
        return last;
    }
}
