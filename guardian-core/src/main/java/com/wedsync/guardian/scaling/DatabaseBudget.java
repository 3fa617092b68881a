package com.wedsync.guardian.scaling;

import com.wedsync.guardian.fleet.FleetLimit;
import com.wedsync.guardian.server.ServerView;

import java.util.Optional;

/**
 * The connections one database can still give this pool.
 *
 * @param database          the database's configured name
 * @param available         false when the server view could not be read (then growth is refused: the budget is unknown)
 * @param maxConnections    {@code max_connections}
 * @param reserved          superuser and {@code reserved_connections}
 * @param margin            connections the guardian always leaves free
 * @param othersConnections connections open on the server that are not this instance's pools (pg_stat_activity)
 * @param ownOtherPoolsMax  the configured maxima of this instance's other pools on the same database
 * @param fleet             the pool's reservation in the fleet, when instances share the database (issue 12)
 */
public record DatabaseBudget(String database, boolean available, int maxConnections, int reserved, int margin,
                             int othersConnections, int ownOtherPoolsMax, Optional<FleetLimit> fleet) {

    public DatabaseBudget(String database, boolean available, int maxConnections, int reserved, int margin,
                          int othersConnections, int ownOtherPoolsMax) {
        this(database, available, maxConnections, reserved, margin, othersConnections, ownOtherPoolsMax, Optional.empty());
    }

    /**
     * The budget seen from one pool: everything on the server that is not this instance's pools counts
     * as someone else's; this instance's other pools count with their maxima, since they may grow to them.
     */
    public static DatabaseBudget of(ServerView view, int margin, int ownPoolsOpenConnections, int ownOtherPoolsMax) {
        if (!view.available()) {
            return new DatabaseBudget(view.database(), false, 0, 0, margin, 0, ownOtherPoolsMax);
        }
        int others = Math.max(0, view.connections() - ownPoolsOpenConnections);
        return new DatabaseBudget(view.database(), true, view.maxConnections(), view.reserved(), margin,
                others, ownOtherPoolsMax);
    }

    /** This budget bounded by the pool's fleet reservation too. */
    public DatabaseBudget withFleet(Optional<FleetLimit> limit) {
        return new DatabaseBudget(database, available, maxConnections, reserved, margin, othersConnections,
                ownOtherPoolsMax, limit);
    }

    /** The largest maximum this instance alone would allow: max − reserved − margin − others − own other pools. */
    public int localAllowance() {
        return maxConnections - reserved - margin - othersConnections - ownOtherPoolsMax;
    }

    /** The largest maximum this pool may have: the local allowance, and within the fleet's reservation and share when there is one. */
    public int allowance() {
        return fleet.map(f -> Math.min(localAllowance(), f.growthCap())).orElse(localAllowance());
    }

    /** True when the fleet's reservation, not this instance's own count, is what bounds the pool. */
    public boolean fleetBinds() {
        return fleet.isPresent() && fleet.get().growthCap() < localAllowance();
    }
}
