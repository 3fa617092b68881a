package com.wedsync.guardian.app.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits on a condition with a deadline, instead of sleeping a guessed time. */
public final class Eventually {

    private Eventually() {
    }

    public static void await(Duration deadline, String what, BooleanSupplier condition) {
        await(deadline, Duration.ofMillis(5), what, condition);
    }

    /** As {@link #await(Duration, String, BooleanSupplier)}, asking only every {@code every} (an HTTP call, say). */
    public static void await(Duration deadline, Duration every, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + deadline + " waiting for " + what);
            }
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(every.toNanos());
        }
    }
}
