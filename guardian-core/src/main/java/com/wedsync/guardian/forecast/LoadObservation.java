package com.wedsync.guardian.forecast;

import com.wedsync.guardian.pool.PoolSnapshot;

import java.time.Instant;
import java.util.Objects;

/** Connections a pool was asked for at an instant: used plus waiting (demand, not what it managed to give). */
public record LoadObservation(Instant at, double connections) {

    public LoadObservation {
        Objects.requireNonNull(at, "at");
        if (connections < 0 || Double.isNaN(connections)) {
            throw new IllegalArgumentException("connections must be >= 0, but was " + connections);
        }
    }

    /** The demand a reachable snapshot shows; none for a pool that could not be read. */
    public static java.util.Optional<LoadObservation> of(PoolSnapshot s) {
        return s.reachable() ? java.util.Optional.of(new LoadObservation(s.at(), s.used() + s.pending()))
                : java.util.Optional.empty();
    }
}
