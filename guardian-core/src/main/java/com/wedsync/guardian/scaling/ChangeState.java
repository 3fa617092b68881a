package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.pool.PoolSnapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where one pool's change stands. The legal moves between these states are listed in {@link ChangeLifecycle};
 * every move goes through {@link ChangeLifecycle#move}.
 */
sealed interface ChangeState {

    /** What the status shows while a change is in flight; empty when none is. */
    Optional<String> describe(int samplesWanted);

    /**
     * A change made on the pool: which way, from what to what, and the pool as it was before (the baseline
     * verification compares against).
     *
     * @param giveBack a shrink the fleet's division asked for: kept even when the pool is worse for it (rolling it
     *                 back would take connections the fleet gave to others)
     */
    record Change(Direction direction, PoolSize previous, PoolSize applied, PoolSnapshot baseline, boolean giveBack) {

        Change(Direction direction, PoolSize previous, PoolSize applied, PoolSnapshot baseline) {
            this(direction, previous, applied, baseline, false);
        }

        String what() {
            return direction.name().toLowerCase(Locale.ROOT) + " " + previous + " -> " + applied;
        }
    }

    /** No change in flight: the engine plans. */
    record Idle() implements ChangeState {
        @Override
        public Optional<String> describe(int samplesWanted) {
            return Optional.empty();
        }
    }

    /** A grow or a release was applied (or a shrink has drained): warming up until {@code verifyFrom}. */
    record Applied(Change change, Instant verifyFrom) implements ChangeState {
        @Override
        public Optional<String> describe(int samplesWanted) {
            return Optional.of(verifyingText(change.what(), 0, samplesWanted, verifyFrom));
        }
    }

    /** A shrink was applied; idle connections are evicted until the total has fallen to the new maximum. */
    record Draining(Change change, Instant verifyFrom) implements ChangeState {
        @Override
        public Optional<String> describe(int samplesWanted) {
            return Optional.of(drainingText(change.what(), change.applied()));
        }
    }

    /** The warm-up is over: samples are collected until there are enough to judge the change. */
    record Verifying(Change change, Instant verifyFrom, List<PoolSnapshot> samples) implements ChangeState {

        public Verifying {
            samples = List.copyOf(samples);
        }

        Verifying with(PoolSnapshot sample) {
            List<PoolSnapshot> more = new ArrayList<>(samples);
            more.add(sample);
            return new Verifying(change, verifyFrom, more);
        }

        @Override
        public Optional<String> describe(int samplesWanted) {
            return Optional.of(verifyingText(change.what(), samples.size(), samplesWanted, verifyFrom));
        }
    }

    /**
     * The previous size was restored (after a change that made things worse, or one the pool refused); a restoring
     * shrink drains first. Not verified: it ends at the next tick, or once drained.
     */
    record RollingBack(Change change, boolean draining, Instant at) implements ChangeState {
        @Override
        public Optional<String> describe(int samplesWanted) {
            String what = "rollback " + change.previous() + " -> " + change.applied();
            return Optional.of(draining ? drainingText(what, change.applied()) : verifyingText(what, 0, samplesWanted, at));
        }
    }

    private static String drainingText(String what, PoolSize applied) {
        return "draining after " + what + ": waiting for the total to fall to " + applied.max();
    }

    private static String verifyingText(String what, int samples, int samplesWanted, Instant verifyFrom) {
        return "verifying " + what + ": " + samples + " of " + samplesWanted + " samples, warm-up until " + verifyFrom;
    }
}
