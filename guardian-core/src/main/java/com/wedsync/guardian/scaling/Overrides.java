package com.wedsync.guardian.scaling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The overrides granted so far; thread-safe, since the API grants while the scheduler ticks. */
public final class Overrides {

    private final List<EmergencyOverride> granted = new CopyOnWriteArrayList<>();

    public void add(EmergencyOverride o) {
        granted.add(o);
    }

    /** The override that lets {@code direction} through on {@code pool} at {@code at}, if any. */
    public Optional<EmergencyOverride> covering(String pool, Direction direction, Instant at) {
        return granted.stream().filter(o -> o.covers(pool, direction, at)).findFirst();
    }

    /** Overrides still in force at {@code at}; expired ones are dropped. */
    public List<EmergencyOverride> active(Instant at) {
        granted.removeIf(o -> !o.expiresAt().isAfter(at));
        return granted.stream().filter(o -> o.activeAt(at)).toList();
    }
}
