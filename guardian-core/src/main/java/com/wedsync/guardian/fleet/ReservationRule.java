package com.wedsync.guardian.fleet;

/**
 * How much of a database one pool may hold: its water-filling share, but only as far as the connections
 * no other live pool holds, and never less than the maximum it already has (those connections exist; a
 * shrink, not the rule, gives them back).
 */
public final class ReservationRule {

    private ReservationRule() {
    }

    /** The reservation: max(current max, min(share, usable − reserved by the others)). */
    public static int next(int currentMax, int share, int usable, int othersReserved) {
        return Math.max(currentMax, Math.min(share, usable - othersReserved));
    }

    /** Why, with the figures. */
    public static String reason(String pool, int currentMax, int share, int usable, int othersReserved, int wanted,
                                int weightedOf, double weight, String arithmetic) {
        int free = usable - othersReserved;
        return "fleet reservation " + next(currentMax, share, usable, othersReserved) + " for " + pool + " = max(current "
                + currentMax + ", min(share " + share + ", free " + free + " = usable " + usable + " - others' reservations "
                + othersReserved + ")); share by weighted water-filling of " + wanted + " wanted by " + weightedOf
                + " pools at weight " + fmt(weight) + "; " + arithmetic;
    }

    private static String fmt(double w) {
        return w == Math.rint(w) ? Long.toString((long) w) : String.format(java.util.Locale.ROOT, "%.2f", w);
    }
}
