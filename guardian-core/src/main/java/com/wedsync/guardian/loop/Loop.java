package com.wedsync.guardian.loop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One background loop. {@link #run} runs one pass: whatever the pass throws (a {@code StackOverflowError}
 * from a parser included) is recorded and swallowed, so a scheduler runs the next pass. Only
 * {@link OutOfMemoryError} is rethrown: the heap is then in no state to go on, and the launcher's
 * {@code -XX:+ExitOnOutOfMemoryError} ends the process so a supervisor restarts it. A loop that has not
 * completed a pass for {@code stallAfter} (each pass failing, one pass hanging, or its thread gone) is stalled.
 */
public final class Loop {

    private static final Logger LOG = LoggerFactory.getLogger(Loop.class);

    private final String name;
    private final Duration stallAfter;
    private final Clock clock;
    private final Instant created;
    private volatile Instant lastSuccess;
    private volatile Instant failingSince;
    private volatile String lastError;
    private volatile long failures;

    Loop(String name, Duration stallAfter, Clock clock) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("loop name must not be blank, but was '" + name + "'");
        }
        if (stallAfter == null || stallAfter.isNegative() || stallAfter.isZero()) {
            throw new IllegalArgumentException("stallAfter of loop '" + name + "' must be > 0, but was " + stallAfter);
        }
        this.name = name;
        this.stallAfter = stallAfter;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.created = clock.instant();
    }

    /** A loop watched by nobody (a dispatcher used on its own): it still survives a failed pass. */
    public static Loop unwatched(String name, Clock clock) {
        return new Loop(name, Duration.ofDays(365), clock);
    }

    public String name() {
        return name;
    }

    /** Runs one pass; returns normally whatever it threw, except {@link OutOfMemoryError}. */
    public void run(Runnable pass) {
        try {
            pass.run();
            succeeded();
        } catch (OutOfMemoryError e) {
            failed(e);
            throw e;
        } catch (Throwable e) {
            failed(e);
        }
    }

    private void succeeded() {
        if (failures > 0) {
            LOG.info("loop {} completed a pass again after {} failed pass(es)", name, failures);
        }
        lastSuccess = clock.instant();
        failingSince = null;
        failures = 0;
    }

    private void failed(Throwable e) {
        Instant now = clock.instant();
        // The type only: a message may carry a URL or a value, and the status is shown on /healthz.
        lastError = e.getClass().getSimpleName();
        if (failures++ == 0) {
            failingSince = now;
            // One line per streak, not per pass; a StackOverflowError's thousand frames help nobody here.
            LOG.error("loop {}: a pass failed ({}); the next pass runs as scheduled", name, e.toString());
        }
    }

    /** How the loop stands at {@code now}. */
    public LoopStatus status(Instant now) {
        Instant last = lastSuccess;
        Instant since = last == null ? created : last;
        boolean stalled = Duration.between(since, now).compareTo(stallAfter) > 0;
        return new LoopStatus(name, stalled, Optional.ofNullable(last), since, stallAfter,
                Optional.ofNullable(failingSince), failures, Optional.ofNullable(lastError));
    }

    /** Time since the last completed pass (since creation if none has completed yet). */
    public Duration sinceLastPass() {
        Instant last = lastSuccess;
        return Duration.between(last == null ? created : last, clock.instant());
    }

    /** {@link #status(Instant)} on the loop's own clock. */
    public LoopStatus status() {
        return status(clock.instant());
    }
}
