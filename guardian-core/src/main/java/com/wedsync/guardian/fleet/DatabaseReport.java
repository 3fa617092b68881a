package com.wedsync.guardian.fleet;

import java.util.Objects;

/**
 * What an instance read of one database this tick (its server view), for the budget.
 *
 * @param available false when the view could not be read: nothing is granted on it then
 */
public record DatabaseReport(String database, boolean available, int maxConnections, int reserved, int margin,
                             int serverConnections) {

    public DatabaseReport {
        Objects.requireNonNull(database, "database");
    }
}
