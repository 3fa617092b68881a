package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolSize;

import java.util.List;

/**
 * What the planner wants for one pool.
 *
 * @param current   the size now
 * @param desired   the recommendation before step limits and stabilization (within floor and ceiling)
 * @param target    the size to move to now (equal to {@code current} when nothing should change)
 * @param reasons   how the numbers came about
 * @param window    the stabilization window to keep for the next tick
 */
public record Plan(PoolSize current, PoolSize desired, PoolSize target, List<String> reasons, RecommendationWindow window) {

    public Plan {
        reasons = List.copyOf(reasons);
    }

    public Direction direction() {
        return Direction.of(current, target);
    }

    public String reason() {
        return String.join("; ", reasons);
    }

    /** The reason that says what happens now: a first release, else the scaling step, else the first reason. */
    public String gist() {
        return reasons.stream().filter(r -> r.startsWith("first releasing")).findFirst()
                .or(() -> reasons.stream().filter(r -> r.startsWith("scale ")).findFirst())
                .orElse(reasons.isEmpty() ? "" : reasons.get(0));
    }
}
