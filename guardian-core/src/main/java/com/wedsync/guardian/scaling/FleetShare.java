package com.wedsync.guardian.scaling;

import com.wedsync.guardian.fleet.FleetLimit;
import com.wedsync.guardian.pool.PoolSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the fleet's division meets the plan. A pool above its fleet share gives connections back: the plan's
 * target is lowered to the share (never below the policy's floor), so the pools that were refused can grow into
 * what it releases; the give-back does not wait for the cooldown and is not rolled back. A pool that wants more
 * grows in one step into its reservation (at most its share), past the max step: the fleet granted exactly that
 * much, and pools moving a step at a time are what left them a step apart. The safety checks still apply: inside a
 * protected window the give-back is blocked like any shrink.
 */
final class FleetShare {

    private FleetShare() {
    }

    /** True when the pool, at {@code current}, is above the share the fleet gives it now. */
    static boolean mustGiveBack(PoolSize current, Optional<FleetLimit> limit, ScalingPolicy policy) {
        return current != null && limit.isPresent() && !limit.get().frozen()
                && Math.max(limit.get().share(), policy.floor()) < current.max();
    }

    static Plan apply(Plan plan, Optional<FleetLimit> limit, ScalingPolicy policy) {
        if (limit.isEmpty() || limit.get().frozen()) {
            return plan;
        }
        FleetLimit f = limit.get();
        if (mustGiveBack(plan.current(), limit, policy)) {
            int to = Math.max(f.share(), policy.floor());
            if (to >= plan.target().max()) {
                return plan;
            }
            List<String> reasons = new ArrayList<>(plan.reasons());
            reasons.add("giving back to the fleet share " + to + ": " + f.reason());
            PoolSize target = new PoolSize(to, Math.min(plan.target().minIdle(), to));
            return new Plan(plan.current(), plan.desired(), target, reasons, plan.window());
        }
        int into = Math.min(plan.desired().max(), f.growthCap());
        if (plan.desired().max() <= plan.current().max() || into <= plan.target().max()) {
            return plan;
        }
        List<String> reasons = new ArrayList<>(plan.reasons());
        reasons.add("growing in one step to " + into + ", the fleet's reservation for it (past the max step of "
                + policy.maxStep() + ")");
        return new Plan(plan.current(), plan.desired(), new PoolSize(into, Math.min(plan.target().minIdle(), into)), reasons,
                plan.window());
    }

    /** True when {@link #apply} lowered the plan to the share. */
    static boolean givesBack(Plan plan, Optional<FleetLimit> limit, ScalingPolicy policy) {
        return mustGiveBack(plan.current(), limit, policy) && plan.target().max() == Math.max(limit.get().share(), policy.floor());
    }
}
