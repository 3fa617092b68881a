package com.wedsync.guardian.fleet;

/**
 * How much of a database one pool may hold: its water-filling share, but only as far as the connections no other
 * pool holds, and never less than what it holds already (its max, its open connections while a shrink drains, the
 * size before a shrink a rollback could restore: those connections exist or may, so a shrink, not the rule, gives
 * them back). Growth is granted only from what is free, so a pool that must shrink keeps its part until it has.
 */
public final class ReservationRule {

    private ReservationRule() {
    }

    /** The reservation: max(held, min(share, usable − reserved by the others)). */
    public static int next(int held, int share, int usable, int othersReserved) {
        return Math.max(held, Math.min(share, usable - othersReserved));
    }

    /** Why, with the figures. */
    public static String reason(String pool, int currentMax, int share, int usable, int othersReserved, int wanted,
                                int weightedOf, double weight, String arithmetic) {
        return reason(pool, currentMax, currentMax, share, usable, othersReserved, wanted, weightedOf, weight, arithmetic);
    }

    /** Why, with the figures; {@code held} above {@code currentMax} is said with where it comes from. */
    public static String reason(String pool, int held, int currentMax, int share, int usable, int othersReserved, int wanted,
                                int weightedOf, double weight, String arithmetic) {
        int free = usable - othersReserved;
        String holds = held == currentMax ? "current " + currentMax
                : "held " + held + " (max " + currentMax + ", with connections still open or a shrink not yet verified)";
        return "fleet reservation " + next(held, share, usable, othersReserved) + " for " + pool + " = max(" + holds
                + ", min(share " + share + ", free " + free + " = usable " + usable + " - others' reservations "
                + othersReserved + ")); share by weighted water-filling of " + wanted + " wanted by " + weightedOf
                + " pools at weight " + fmt(weight) + "; " + arithmetic;
    }

    private static String fmt(double w) {
        return w == Math.rint(w) ? Long.toString((long) w) : String.format(java.util.Locale.ROOT, "%.2f", w);
    }
}
