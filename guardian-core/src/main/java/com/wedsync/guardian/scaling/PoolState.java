package com.wedsync.guardian.scaling;

import com.wedsync.guardian.forecast.ForecastPoint;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.pool.PoolSnapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The engine's mutable state for one pool; touched only under the engine's lock. */
final class PoolState {

    /** A change in flight: applied, maybe draining, then verified. */
    static final class Change {
        final Direction direction;
        final PoolSize previous;
        final PoolSize applied;
        final PoolSnapshot baseline;
        final boolean rollback;
        final List<PoolSnapshot> samples = new ArrayList<>();
        Instant verifyFrom;
        boolean draining;

        Change(Direction direction, PoolSize previous, PoolSize applied, PoolSnapshot baseline, boolean rollback) {
            this.direction = direction;
            this.previous = previous;
            this.applied = applied;
            this.baseline = baseline;
            this.rollback = rollback;
        }

        String describe(int samplesWanted) {
            String what = (rollback ? "rollback " : direction.name().toLowerCase(java.util.Locale.ROOT) + " ") + previous + " -> " + applied;
            if (draining) {
                return "draining after " + what + ": waiting for the total to fall to " + applied.max();
            }
            return "verifying " + what + ": " + samples.size() + " of " + samplesWanted + " samples, warm-up until " + verifyFrom;
        }
    }

    final ManagedPool pool;
    ScalingMode mode;
    RecommendationWindow window = RecommendationWindow.empty();
    Instant lastChangeAt;
    PoolSize current;
    PoolSize target;
    Integer wanted;
    Decision lastDecision;
    String lastAuditKey = "";
    List<ForecastPoint> forecast = List.of();
    Change change;

    PoolState(ManagedPool pool) {
        this.pool = pool;
        this.mode = pool.policy().mode();
    }

    PoolStatus status() {
        return new PoolStatus(pool.name(), mode, Optional.ofNullable(current), Optional.ofNullable(target),
                Optional.ofNullable(lastDecision),
                change == null ? Optional.empty() : Optional.of(change.describe(pool.policy().verification().samples())),
                forecast);
    }
}
