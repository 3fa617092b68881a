package com.wedsync.guardian.fleet;

import com.wedsync.guardian.time.Durations;

import java.time.Duration;
import java.util.Objects;

/**
 * One database's connections, as the fleet may use them.
 *
 * <p>Clients outside the fleet come and go: a report, a migration, a cron job opens five connections for a minute and
 * closes them. Counted only as they are now, what they leave for a moment would be divided among the pools and taken
 * back from under them by the next burst; so they count at the most the fleet saw within {@code hold}
 * ({@code fleet.outsideHold}), or as many as are open now when that is more. The peak is taken only of connections
 * that nothing in the fleet accounts for ({@link #unaccounted}): not what a live pool may hold under a fresh grant
 * (a pool that just grew opens connections before its next heartbeat reports them) or has just closed, nor what a
 * departed instance's pools last reported (they count while they are open, and what the dead instance held returns
 * once they close), nor an instance's connections from before it joined. A hold of zero counts every outside client as it is now.
 *
 * @param maxConnections    {@code max_connections}
 * @param reserved          superuser and {@code reserved_connections}
 * @param margin            connections always left free
 * @param serverConnections client connections open on the server ({@code pg_stat_activity})
 * @param fleetOpen         of those, the ones the registered pools of live instances report open
 * @param departedOpen      what the pools of instances whose lease ran out within the hold last reported open
 * @param outsidePeak       the most unaccounted outside clients seen within {@code hold}
 * @param hold              how long a peak of outside clients counts
 */
public record FleetBudget(String database, int maxConnections, int reserved, int margin, int serverConnections,
                          int fleetOpen, int departedOpen, int outsidePeak, Duration hold) {

    public FleetBudget {
        Objects.requireNonNull(hold, "hold");
    }

    /** Outside clients counted as they are now. */
    public FleetBudget(String database, int maxConnections, int reserved, int margin, int serverConnections, int fleetOpen) {
        this(database, maxConnections, reserved, margin, serverConnections, fleetOpen, 0, 0, Duration.ZERO);
    }

    /**
     * The connections on the server that nothing in the fleet accounts for: beyond what the live pools may hold
     * ({@code fleetMayHold}: what they have open and may open or have just closed, as the store works it out) and what
     * departed instances' pools last reported open. Only these raise the peak of outside clients.
     */
    public static int unaccounted(int serverConnections, int fleetMayHold, int departedOpen) {
        return Math.max(0, serverConnections - Math.max(0, fleetMayHold) - Math.max(0, departedOpen));
    }

    /** Connections that belong to no registered pool now: other clients, and a dead instance's until they close. */
    public int outside() {
        return Math.max(0, serverConnections - fleetOpen);
    }

    /** The outside clients the budget counts: as many as are open now, or their peak within the hold if more. */
    public int outsideCounted() {
        return Math.max(outside(), outsidePeak);
    }

    /**
     * This budget with the departed instances' last reported connections and the peak of outside clients: the one
     * the store kept within {@code hold}, or {@code unaccountedNow} when that is more.
     */
    public FleetBudget withPeak(int unaccountedNow, int keptPeak, int departedOpen, Duration hold) {
        return new FleetBudget(database, maxConnections, reserved, margin, serverConnections, fleetOpen, departedOpen,
                Math.max(0, Math.max(unaccountedNow, keptPeak)), hold);
    }

    /** What the fleet may divide: max_connections − reserved − margin − outside clients counted, never below 0. */
    public int usable() {
        return Math.max(0, maxConnections - reserved - margin - outsideCounted());
    }

    /** The arithmetic, as decisions and the fleet view give it. */
    public String arithmetic() {
        String now = "server " + serverConnections + " - fleet's own " + fleetOpen;
        String departed = departedOpen > 0 && outside() > 0 ? ", up to " + Math.min(outside(), departedOpen)
                + " of them departed instances' until they close" : "";
        String counted = outsidePeak > outside() ? "their most in the last " + Durations.format(hold) + "; now "
                + outside() + " = " + now + departed : now + departed;
        return "usable " + usable() + " = max_connections " + maxConnections + " - reserved " + reserved + " - margin "
                + margin + " - outside clients " + outsideCounted() + " (" + counted + ")";
    }
}
