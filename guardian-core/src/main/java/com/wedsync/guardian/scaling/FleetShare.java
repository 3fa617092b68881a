package com.wedsync.guardian.scaling;

import com.wedsync.guardian.fleet.FleetLimit;
import com.wedsync.guardian.pool.PoolSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pool above its fleet share gives connections back: the plan's target is lowered to the share (never
 * below the policy's floor), so the pools that were refused can grow into what it releases. The safety
 * checks still apply: inside a protected window the shrink is blocked like any other.
 */
final class FleetShare {

    private FleetShare() {
    }

    static Plan apply(Plan plan, Optional<FleetLimit> limit, ScalingPolicy policy) {
        if (limit.isEmpty() || limit.get().frozen()) {
            return plan;
        }
        int to = Math.max(limit.get().share(), policy.floor());
        if (to >= plan.current().max() || to >= plan.target().max()) {
            return plan;
        }
        List<String> reasons = new ArrayList<>(plan.reasons());
        reasons.add("giving back to the fleet share " + to + ": " + limit.get().reason());
        PoolSize target = new PoolSize(to, Math.min(plan.target().minIdle(), to));
        return new Plan(plan.current(), plan.desired(), target, reasons, plan.window());
    }
}
