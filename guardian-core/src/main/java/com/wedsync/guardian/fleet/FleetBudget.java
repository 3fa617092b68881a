package com.wedsync.guardian.fleet;

/**
 * One database's connections, as the fleet may use them.
 *
 * @param maxConnections    {@code max_connections}
 * @param reserved          superuser and {@code reserved_connections}
 * @param margin            connections always left free
 * @param serverConnections client connections open on the server ({@code pg_stat_activity})
 * @param fleetOpen         of those, the ones the registered pools of live instances report open
 */
public record FleetBudget(String database, int maxConnections, int reserved, int margin, int serverConnections,
                          int fleetOpen) {

    /** Connections that belong to no registered pool: other clients, and a dead instance's until they close. */
    public int outside() {
        return Math.max(0, serverConnections - fleetOpen);
    }

    /** What the fleet may divide: max_connections − reserved − margin − outside clients, never below 0. */
    public int usable() {
        return Math.max(0, maxConnections - reserved - margin - outside());
    }

    /** The arithmetic, as decisions and the fleet view give it. */
    public String arithmetic() {
        return "usable " + usable() + " = max_connections " + maxConnections + " - reserved " + reserved + " - margin "
                + margin + " - outside clients " + outside() + " (server " + serverConnections + " - fleet's own "
                + fleetOpen + ")";
    }
}
