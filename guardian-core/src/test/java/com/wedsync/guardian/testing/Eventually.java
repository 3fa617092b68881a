package com.wedsync.guardian.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a condition with a deadline, for what a test cannot drive itself (a pool filling, a
 * backend exiting, a server starting), instead of sleeping a guessed time. The condition is checked
 * at once, then every {@link #DEFAULT_INTERVAL} (or the interval given) until it holds; at the
 * deadline the wait fails with an {@link AssertionError} naming what was awaited, how long, and the
 * last value (or, when exceptions are tolerated, the last exception) seen.
 */
public final class Eventually {

    /** How often the condition is checked when no interval is given. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(10);

    private Eventually() {
    }

    /** Waits until {@code condition} holds; fails naming {@code what} at the deadline. */
    public static void await(Duration timeout, String what, BooleanSupplier condition) {
        await(timeout, DEFAULT_INTERVAL, what, condition);
    }

    /** As {@link #await(Duration, String, BooleanSupplier)}, checking only every {@code every} (an HTTP call, say). */
    public static void await(Duration timeout, Duration every, String what, BooleanSupplier condition) {
        poll(timeout, every, what, condition::getAsBoolean, Boolean::booleanValue, false, false);
    }

    /**
     * As {@link #await(Duration, Duration, String, BooleanSupplier)}, but a {@link RuntimeException} from
     * {@code condition} counts as "not yet" (a server still starting, a connection still refused); the
     * last one is reported, as the cause, if the deadline passes.
     */
    public static void awaitIgnoringExceptions(Duration timeout, Duration every, String what, BooleanSupplier condition) {
        poll(timeout, every, what, condition::getAsBoolean, Boolean::booleanValue, true, false);
    }

    /**
     * Reads {@code value} until {@code done} accepts it, and returns that value; fails naming {@code what}
     * and the last value seen at the deadline.
     */
    public static <T> T until(Duration timeout, String what, Supplier<T> value, Predicate<? super T> done) {
        return until(timeout, DEFAULT_INTERVAL, what, value, done);
    }

    /** As {@link #until(Duration, String, Supplier, Predicate)}, reading only every {@code every}. */
    public static <T> T until(Duration timeout, Duration every, String what, Supplier<T> value, Predicate<? super T> done) {
        return poll(timeout, every, what, value, done, false, true);
    }

    private static <T> T poll(Duration timeout, Duration every, String what, Supplier<T> value, Predicate<? super T> done,
                              boolean tolerateExceptions, boolean reportValue) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        boolean seen = false;
        RuntimeException lastError = null;
        while (true) {
            try {
                last = value.get();
                seen = true;
                lastError = null;
                if (done.test(last)) {
                    return last;
                }
            } catch (RuntimeException e) {
                if (!tolerateExceptions) {
                    throw e;
                }
                lastError = e;
            }
            if (System.nanoTime() - deadline > 0) {
                StringBuilder message = new StringBuilder("timed out after ").append(timeout).append(" waiting for ").append(what);
                if (reportValue && seen) {
                    message.append("; last value: ").append(last);
                }
                if (lastError != null) {
                    message.append("; last error: ").append(lastError);
                }
                throw new AssertionError(message.toString(), lastError);
            }
            LockSupport.parkNanos(every.toNanos());
        }
    }
}
