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
 * much, and pools moving a step at a time are what left them a step apart. The safety checks still apply.
 * <p>
 * Inside a protected window a give-back goes ahead, without an override, only while the database is contended (the
 * fleet wants more than the usable budget, as the store found when it granted): the connections given back then go
 * to pools that wait for them, whose weights rise with the weddings they serve, and on a wedding Saturday, when every
 * pool is in a protected window all day, the pool that grew first would otherwise keep more than its share all day.
 * Only down to the share, never below it nor the policy's floor. On a database that is not contended the pool is
 * above its share only because it is above what it wants itself: that give-back is an ordinary shrink, and the
 * window blocks it. A frozen limit (store unreachable, lease lost) gives nothing back, so every shrink in a protected
 * window stays blocked.
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

    /**
     * Why the give-back {@code from -> to} may go ahead inside a protected window ({@code window} says which), or empty
     * when it may not: the limit is not frozen, the database was contended when it was granted, and {@code to} lowers
     * the maximum no further than the share (nor the policy's {@code floor}, when that is higher).
     */
    static Optional<String> allowedInProtectedWindow(PoolSize from, PoolSize to, FleetLimit f, int floor, String window) {
        int down = Math.max(f.share(), floor);
        if (f.frozen() || !f.contended() || Direction.of(from, to) != Direction.SHRINK || to.max() < down) {
            return Optional.empty();
        }
        return Optional.of("give-back to the fleet share " + f.share() + (down > f.share() ? " (held at the floor " + down + ")" : "")
                + " goes ahead " + window + ": " + f.contention().describe() + ", so the " + (from.max() - to.max())
                + " connections it gives back go to pools that wait for them");
    }

    /** True when {@link #apply} lowered the plan to the share. */
    static boolean givesBack(Plan plan, Optional<FleetLimit> limit, ScalingPolicy policy) {
        return mustGiveBack(plan.current(), limit, policy) && plan.target().max() == Math.max(limit.get().share(), policy.floor());
    }
}
