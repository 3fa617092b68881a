package com.wedsync.guardian.loop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every background loop of one guardian, so {@code /healthz} and the metrics can see each. Thread-safe. */
public final class Loops {

    private final Clock clock;
    private final List<Loop> loops = new CopyOnWriteArrayList<>();

    public Loops(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new loop, stalled when no pass completes for {@code stallAfter}. Names must be unique. */
    public Loop register(String name, Duration stallAfter) {
        Loop loop = new Loop(name, stallAfter, clock);
        synchronized (loops) {
            if (loops.stream().anyMatch(l -> l.name().equals(name))) {
                throw new IllegalArgumentException("loop names must be unique, but '" + name + "' is registered twice");
            }
            loops.add(loop);
        }
        return loop;
    }

    public List<Loop> all() {
        return List.copyOf(loops);
    }

    public List<LoopStatus> status(Instant now) {
        List<LoopStatus> out = new ArrayList<>();
        for (Loop l : loops) {
            out.add(l.status(now));
        }
        return out;
    }

    /** Every loop's status now, on the loops' own clock (real time, whatever clock the wedding context runs on). */
    public List<LoopStatus> status() {
        return status(clock.instant());
    }

    /** The loops stalled at {@code now}; empty when all are well. */
    public List<LoopStatus> stalled(Instant now) {
        return status(now).stream().filter(LoopStatus::stalled).toList();
    }
}
