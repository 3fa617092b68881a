package com.wedsync.guardian.scaling;

import com.wedsync.guardian.forecast.ForecastPoint;
import com.wedsync.guardian.pool.PoolSize;

import java.util.List;
import java.util.Optional;

/**
 * One pool as {@code GET /api/scaling} shows it.
 *
 * @param current             the size in place, empty when unknown
 * @param target              the planner's latest target, empty before the first plan
 * @param lastDecision        the latest decision other than "nothing to change"
 * @param pendingVerification what the engine waits for (verification, drain), empty when nothing
 */
public record PoolStatus(String pool, ScalingMode mode, Optional<PoolSize> current, Optional<PoolSize> target,
                         Optional<Decision> lastDecision, Optional<String> pendingVerification, List<ForecastPoint> forecast) {

    public PoolStatus {
        forecast = List.copyOf(forecast);
    }
}
