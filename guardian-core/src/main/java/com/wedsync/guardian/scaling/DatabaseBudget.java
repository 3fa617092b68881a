package com.wedsync.guardian.scaling;

import com.wedsync.guardian.server.ServerView;

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
 */
public record DatabaseBudget(String database, boolean available, int maxConnections, int reserved, int margin,
                             int othersConnections, int ownOtherPoolsMax) {

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

    /** The largest maximum this pool may have: max − reserved − margin − others − own other pools. */
    public int allowance() {
        return maxConnections - reserved - margin - othersConnections - ownOtherPoolsMax;
    }
}
