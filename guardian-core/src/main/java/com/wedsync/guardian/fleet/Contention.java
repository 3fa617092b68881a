package com.wedsync.guardian.fleet;

/**
 * Whether a database is contended, as the store saw it when it granted: the fleet wants more than it may use, so a
 * connection one pool gives back goes to a pool that waits for it. Inside a protected window only such a give-back
 * goes ahead (core {@code FleetShare}); on a database that is not contended a pool above its share is only above
 * what it wants itself, and its give-back is an ordinary shrink.
 *
 * @param wanted what the live pools on the database want, summed
 * @param usable what the fleet may divide of it
 */
public record Contention(int wanted, int usable) {

    /** Nothing known (no server view, a lapsed lease, a pool between databases): never contended. */
    public static final Contention UNKNOWN = new Contention(0, 0);

    public Contention {
        if (wanted < 0) {
            throw new IllegalArgumentException("wanted must be >= 0, but was " + wanted);
        }
        if (usable < 0) {
            throw new IllegalArgumentException("usable must be >= 0, but was " + usable);
        }
    }

    /** True when the fleet wants more than the usable budget. */
    public boolean contended() {
        return wanted > usable;
    }

    /** The figures, as a decision gives them: "the fleet wants 120 of 92 usable connections". */
    public String describe() {
        return "the fleet wants " + wanted + " of " + usable + " usable connections";
    }
}
