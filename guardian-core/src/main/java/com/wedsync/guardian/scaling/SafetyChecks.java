package com.wedsync.guardian.scaling;

import com.wedsync.guardian.fleet.FleetLimit;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.wedding.WeddingContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Each check a pure function of the change and what it needs to know, giving its reason. */
public final class SafetyChecks {

    public static final String PROTECTED_WINDOW = "protected-window";
    public static final String DATABASE_HEADROOM = "database-headroom";
    public static final String SATURATION_CEILING = "saturation-ceiling";
    public static final String MIN_IDLE = "min-idle";
    public static final String COOLDOWN = "cooldown";

    private SafetyChecks() {
    }

    /**
     * Growth is allowed in a protected window, and so is a release (the capacity stays); shrinking the
     * maximum is blocked unless an override covers it (or it is a fleet give-back on a contended database: see
     * {@link #protectedWindow(String, PoolSize, PoolSize, WeddingContext, Optional, Instant, boolean, Optional, int)}).
     */
    public static SafetyVerdict protectedWindow(String pool, PoolSize from, PoolSize to, WeddingContext context,
                                                Optional<EmergencyOverride> override, Instant now) {
        return protectedWindow(pool, from, to, context, override, now, true);
    }

    /** {@link #protectedWindow}, with releases blocked like shrinks when {@code releaseAllowed} is false. */
    public static SafetyVerdict protectedWindow(String pool, PoolSize from, PoolSize to, WeddingContext context,
                                                Optional<EmergencyOverride> override, Instant now, boolean releaseAllowed) {
        return protectedWindow(pool, from, to, context, override, now, releaseAllowed, Optional.empty(), 0);
    }

    /**
     * {@link #protectedWindow}, for a change that gives back to the fleet: {@code giveBack} is the fleet limit it gives
     * back to (empty for any other change), {@code floor} the policy's. Such a shrink goes ahead in the window, and
     * says why, when the database is contended and it goes no lower than the share and the floor; otherwise (not
     * contended, a frozen limit) it is blocked like any shrink.
     */
    public static SafetyVerdict protectedWindow(String pool, PoolSize from, PoolSize to, WeddingContext context,
                                                Optional<EmergencyOverride> override, Instant now, boolean releaseAllowed,
                                                Optional<FleetLimit> giveBack, int floor) {
        Direction d = Direction.of(from, to);
        if (!context.protectedWindow()) {
            return SafetyVerdict.allow(PROTECTED_WINDOW, "outside any protected window");
        }
        if (d == Direction.RELEASE && releaseAllowed) {
            return SafetyVerdict.allow(PROTECTED_WINDOW, "a release keeps the capacity (max " + to.max()
                    + ") in the protected window; only idle connections retire");
        }
        if (d != Direction.SHRINK && d != Direction.RELEASE) {
            return SafetyVerdict.allow(PROTECTED_WINDOW, "growth is allowed in the protected window");
        }
        if (override.isPresent() && override.get().covers(pool, d, now)) {
            EmergencyOverride o = override.get();
            return SafetyVerdict.allow(PROTECTED_WINDOW, "shrink inside the protected window allowed by override "
                    + o.id() + " of " + o.actor() + " (" + o.reason() + ") until " + o.expiresAt());
        }
        String why = context.reasons().isEmpty() ? "" : " (" + String.join("; ", context.reasons()) + ")";
        String gist = "inside the protected window" + why;
        Optional<String> fleet = giveBack.flatMap(f -> FleetShare.allowedInProtectedWindow(from, to, f, floor, gist));
        if (fleet.isPresent()) {
            return SafetyVerdict.allow(PROTECTED_WINDOW, fleet.get());
        }
        return SafetyVerdict.block(PROTECTED_WINDOW, (d == Direction.RELEASE ? "releasing " : "shrinking ") + from + " -> " + to
                + " is blocked " + gist, gist);
    }

    /** All pools on the database stay within max_connections − reserved − margin; no override lifts this. */
    public static SafetyVerdict databaseHeadroom(PoolSize from, PoolSize to, DatabaseBudget budget) {
        if (to.max() <= from.max()) {
            return SafetyVerdict.allow(DATABASE_HEADROOM, "not growing");
        }
        if (!budget.available()) {
            return SafetyVerdict.block(DATABASE_HEADROOM, "growth refused: the connection budget of database "
                    + budget.database() + " is unknown (server view unavailable)");
        }
        int allowance = budget.allowance();
        if (to.max() > allowance && budget.fleetBinds()) {
            return SafetyVerdict.block(DATABASE_HEADROOM, "growth to max " + to.max() + " would exceed the fleet's reservation on "
                    + budget.database() + ": " + budget.fleet().get().reason());
        }
        if (to.max() > allowance) {
            return SafetyVerdict.block(DATABASE_HEADROOM, "growth to max " + to.max() + " would exceed database "
                    + budget.database() + "'s budget: max_connections " + budget.maxConnections() + " - reserved "
                    + budget.reserved() + " - margin " + budget.margin() + " - other clients " + budget.othersConnections()
                    + " - this instance's other pools " + budget.ownOtherPoolsMax() + " = " + allowance);
        }
        return SafetyVerdict.allow(DATABASE_HEADROOM, "max " + to.max() + " within the budget of " + allowance);
    }

    /** Growth past the saturation ceiling is refused: more connections would make the database slower. */
    public static SafetyVerdict saturationCeiling(PoolSize from, PoolSize to, int ceiling) {
        if (to.max() > from.max() && to.max() > ceiling) {
            return SafetyVerdict.block(SATURATION_CEILING, "growth to max " + to.max()
                    + " refused: past the saturation ceiling of " + ceiling + " the database gets slower, not faster");
        }
        return SafetyVerdict.allow(SATURATION_CEILING, "max " + to.max() + " at or below the saturation ceiling " + ceiling
                + " or not growing");
    }

    /** HikariCP does not check min-idle against max at runtime (docs/pools-and-database.md); the guardian must. */
    public static SafetyVerdict minIdleWithinMax(int max, int minIdle) {
        if (minIdle > max || minIdle < 0 || max < 1) {
            return SafetyVerdict.block(MIN_IDLE, "minIdle " + minIdle + " must be between 0 and max " + max);
        }
        return SafetyVerdict.allow(MIN_IDLE, "minIdle " + minIdle + " <= max " + max);
    }

    /** At least {@code cooldown} between two changes of one pool. */
    public static SafetyVerdict cooldown(Instant lastChange, Instant now, Duration cooldown) {
        if (lastChange == null) {
            return SafetyVerdict.allow(COOLDOWN, "no earlier change");
        }
        Instant readyAt = lastChange.plus(cooldown);
        if (now.isBefore(readyAt)) {
            return SafetyVerdict.block(COOLDOWN, "cooling down after the change at " + lastChange + " until " + readyAt);
        }
        return SafetyVerdict.allow(COOLDOWN, "last change at " + lastChange);
    }

    /**
     * Every check for one change; {@code rollback} skips the cooldown (a rollback must not wait),
     * and passes through all the rest.
     */
    public static List<SafetyVerdict> all(String pool, PoolSize from, PoolSize to, WeddingContext context,
                                          Optional<EmergencyOverride> override, DatabaseBudget budget,
                                          ScalingPolicy policy, Instant lastChange, Instant now, boolean rollback) {
        return all(pool, from, to, context, override, budget, policy, lastChange, now, rollback, false);
    }

    /**
     * {@link #all}, where {@code giveBack} says the change gives back to the pool's fleet share ({@code budget}'s fleet
     * limit): the protected window lets it through while the database is contended.
     */
    public static List<SafetyVerdict> all(String pool, PoolSize from, PoolSize to, WeddingContext context,
                                          Optional<EmergencyOverride> override, DatabaseBudget budget,
                                          ScalingPolicy policy, Instant lastChange, Instant now, boolean rollback,
                                          boolean giveBack) {
        List<SafetyVerdict> v = new ArrayList<>();
        v.add(minIdleWithinMax(to.max(), to.minIdle()));
        v.add(protectedWindow(pool, from, to, context, override, now, policy.releaseInProtectedWindow(),
                giveBack ? budget.fleet() : Optional.empty(), policy.floor()));
        v.add(databaseHeadroom(from, to, budget));
        v.add(saturationCeiling(from, to, policy.saturationCeiling()));
        if (!rollback) {
            v.add(cooldown(lastChange, now, policy.cooldown()));
        }
        return v;
    }

    /** The first blocking verdict, if any. */
    public static Optional<SafetyVerdict> firstBlock(List<SafetyVerdict> verdicts) {
        return verdicts.stream().filter(v -> !v.allowed()).findFirst();
    }
}
