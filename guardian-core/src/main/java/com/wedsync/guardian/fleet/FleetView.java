package com.wedsync.guardian.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The fleet as the store holds it, the same from every instance: {@code GET /api/fleet} and
 * {@code guardian fleet status} show it.
 *
 * @param at the store's clock when it was read
 */
public record FleetView(Instant at, List<Member> instances, List<Pool> pools, List<Database> databases) {

    public FleetView {
        instances = List.copyOf(instances);
        pools = List.copyOf(pools);
        databases = List.copyOf(databases);
    }

    /** An instance, live while its lease (judged by the store's clock) has not run out. */
    public record Member(String instance, Instant joinedAt, Instant heartbeatAt, Instant leaseUntil, boolean live) {
    }

    /** One pool of one instance. */
    public record Pool(String instance, String pool, String database, int max, int open, int used, int wanted, int priority,
                       int criticality, double weight, int reservation, int share, long token, boolean live) {
    }

    /**
     * One database's budget as last divided, and how much the live pools want of it.
     *
     * @param departedOpen the departed instances' connections the last heartbeat counted while open
     * @param outsidePeak  the peak of the other outside clients it counted, over {@code outsideHold}
     */
    public record Database(String database, int maxConnections, int reserved, int margin, int serverConnections,
                           int fleetOpen, int usable, int wanted, int reservedSum, long grants, Instant dividedAt,
                           String dividedBy, int departedOpen, int outsidePeak, Duration outsideHold) {

        /** The fleet wants more than the database can give. */
        public boolean overcommitted() {
            return wanted > usable;
        }

        public FleetBudget budget() {
            return new FleetBudget(database, maxConnections, reserved, margin, serverConnections, fleetOpen, departedOpen,
                    outsidePeak, outsideHold);
        }
    }
}
