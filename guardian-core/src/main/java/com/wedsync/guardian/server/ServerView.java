package com.wedsync.guardian.server;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The database server's view of its connections at an instant.
 *
 * @param database       the name this view was configured under
 * @param at             when it was read
 * @param available      false when the view could not be read; {@code unavailableReason} says why
 * @param unavailableReason "server view unavailable: ..." text, empty when available (never holds a secret)
 * @param maxConnections {@code max_connections}
 * @param reserved       connections reserved for superusers and {@code reserved_connections}
 * @param byState        connections by {@code pg_stat_activity.state} (client backends only)
 * @param byApplication  connections by {@code application_name}
 */
public record ServerView(
        String database,
        Instant at,
        boolean available,
        String unavailableReason,
        int maxConnections,
        int reserved,
        Map<String, Integer> byState,
        Map<String, Integer> byApplication) {

    public ServerView {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(at, "at");
        unavailableReason = unavailableReason == null ? "" : unavailableReason;
        byState = Map.copyOf(byState);
        byApplication = Map.copyOf(byApplication);
    }

    /**
     * The {@code byState} key for connections whose state the reading role may not see
     * (PostgreSQL hides other users' rows from roles without {@code pg_read_all_stats}).
     */
    public static final String UNKNOWN_STATE = "unknown";

    public static ServerView unavailable(String database, Instant at, String reason) {
        return new ServerView(database, at, false, "server view unavailable: " + reason, 0, 0, Map.of(), Map.of());
    }

    /** Client connections open now, across every state. */
    public int connections() {
        // A loop, not a stream: this runs for every pool on every tick.
        int sum = 0;
        for (int n : byState.values()) {
            sum += n;
        }
        return sum;
    }

    /** Connections still available to ordinary users: max − reserved − open. */
    public int headroom() {
        return available ? Math.max(0, maxConnections - reserved - connections()) : 0;
    }

    /** Headroom as a fraction of the usable connections (max − reserved); 1 when unavailable. */
    public double headroomFraction() {
        int usable = maxConnections - reserved;
        return !available || usable <= 0 ? 1.0 : (double) headroom() / usable;
    }

    /** True when some connections' state was hidden from the reading role: counts are right, states are not all known. */
    public boolean partial() {
        return available && byState.getOrDefault(UNKNOWN_STATE, 0) > 0;
    }
}
