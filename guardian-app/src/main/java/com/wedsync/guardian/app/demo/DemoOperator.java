package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.loop.Loop;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * A person at the demo's controls, scripted: on every demo Saturday, at chosen venue-local times, it does what
 * its {@link Step}s say (through the guardian's HTTP API, see {@link OperatorScript}). It reads the venue clock
 * on its own thread, so a slow request never holds up the guardian's tick.
 */
final class DemoOperator implements AutoCloseable {

    /** What a step does when its time comes; true when it is done for this Saturday. */
    interface Action {
        boolean tryNow(Instant venueNow) throws IOException, InterruptedException;
    }

    /**
     * One thing done each demo Saturday: tried from {@code from} until it says it is done; at {@code until} it is
     * given up, and {@code giveUp} says why in the events.
     */
    record Step(String name, LocalTime from, LocalTime until, String giveUp, Action action) {

        Step {
            if (!until.isAfter(from)) {
                throw new IllegalArgumentException("step " + name + ": until must be after from (" + from + "), but was " + until);
            }
        }
    }

    private final Clock venueClock;
    private final ZoneId zone;
    private final List<Step> steps;
    private final BiConsumer<Instant, String> notes;
    private final Map<String, LocalDate> doneOn = new HashMap<>();
    private ScheduledExecutorService scheduler;

    /** @param notes where the operator says what went wrong (the console's events) */
    DemoOperator(Clock venueClock, ZoneId zone, List<Step> steps, BiConsumer<Instant, String> notes) {
        this.venueClock = venueClock;
        this.zone = zone;
        this.steps = List.copyOf(steps);
        this.notes = notes;
    }

    /** Looks at the venue clock every {@code every} of real time, on a thread of its own, until closed. */
    synchronized DemoOperator start(Duration every) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "demo-operator");
            t.setDaemon(true);
            return t;
        });
        Loop loop = Loop.unwatched("demo-operator", venueClock);
        scheduler.scheduleWithFixedDelay(() -> loop.run(this::pollSafely), 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Does every step whose time has come and that is not done yet this Saturday. */
    void poll() throws InterruptedException {
        Instant at = venueClock.instant();
        LocalDateTime now = LocalDateTime.ofInstant(at, zone);
        if (now.getDayOfWeek() != DayOfWeek.SATURDAY) {
            return;
        }
        for (Step s : steps) {
            if (now.toLocalDate().equals(doneOn.get(s.name())) || now.toLocalTime().isBefore(s.from())) {
                continue;
            }
            if (!now.toLocalTime().isBefore(s.until())) {
                doneOn.put(s.name(), now.toLocalDate());
                notes.accept(at, "operator: " + s.name() + " given up: " + s.giveUp());
                continue;
            }
            try {
                if (s.action().tryNow(at)) {
                    doneOn.put(s.name(), now.toLocalDate());
                }
            } catch (IOException e) {
                doneOn.put(s.name(), now.toLocalDate());
                notes.accept(at, "operator: " + s.name() + ": cannot reach the guardian (" + e.getClass().getSimpleName() + ")");
            }
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            notes.accept(venueClock.instant(), "operator: " + e);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
