package com.wedsync.guardian.scaling;

import com.wedsync.guardian.forecast.ForecastPoint;
import com.wedsync.guardian.pool.PoolSize;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The engine's mutable state for one pool; touched only under the engine's lock. */
final class PoolState {

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
    final ChangeLifecycle lifecycle = new ChangeLifecycle();

    PoolState(ManagedPool pool) {
        this.pool = pool;
        this.mode = pool.policy().mode();
    }

    PoolStatus status() {
        return new PoolStatus(pool.name(), mode, Optional.ofNullable(current), Optional.ofNullable(target),
                Optional.ofNullable(lastDecision),
                lifecycle.state().describe(pool.policy().verification().samples()),
                forecast);
    }
}
