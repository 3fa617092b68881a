package com.wedsync.guardian.fleet;

import java.util.Objects;

/**
 * The bound the fleet puts on one pool this tick: grow only into {@code reservation}, give back down to
 * {@code share}. A frozen limit (store unreachable, lease lost) holds the pool at the size it has, and is never
 * {@linkplain #contended() contended}: it knows nothing of the others.
 */
public final class FleetLimit {

    /** Asks the store, just before a growth, whether a grant still stands. */
    @FunctionalInterface
    public interface Fence {
        Fence NONE = max -> false;

        /** True when the grant behind this limit is still current, its lease alive and it covers {@code max}. */
        boolean holds(int max);
    }

    private final int reservation;
    private final int share;
    private final boolean frozen;
    private final String reason;
    private final Contention contention;
    private final Fence fence;

    private FleetLimit(int reservation, int share, boolean frozen, String reason, Contention contention, Fence fence) {
        this.reservation = reservation;
        this.share = share;
        this.frozen = frozen;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.contention = Objects.requireNonNull(contention, "contention");
        this.fence = Objects.requireNonNull(fence, "fence");
    }

    public static FleetLimit granted(Grant g, Fence fence) {
        return new FleetLimit(g.reservation(), g.share(), false, g.reason(), g.contention(), fence);
    }

    /** The pool stays at {@code max}: no growth; shrinks only where the other checks allow them. */
    public static FleetLimit frozen(int max, String why) {
        return new FleetLimit(max, max, true, "fleet frozen at max " + max + ": " + why, Contention.UNKNOWN, Fence.NONE);
    }

    public int reservation() {
        return reservation;
    }

    public int share() {
        return share;
    }

    /**
     * The largest maximum the pool may grow to: its reservation, and never past its share (a reservation above the share
     * only covers connections the pool still holds, until it gives them back).
     */
    public int growthCap() {
        return Math.min(reservation, share);
    }

    public boolean frozen() {
        return frozen;
    }

    /** What the fleet wanted of the database against its usable budget when it granted ({@link Contention#UNKNOWN} when frozen). */
    public Contention contention() {
        return contention;
    }

    /** True when the grant found the database contended: what this pool gives back goes to pools that wait for it. */
    public boolean contended() {
        return !frozen && contention.contended();
    }

    public String reason() {
        return reason;
    }

    /** True when the growth to {@code max} may go ahead: the grant stands (never, when frozen). */
    public boolean confirm(int max) {
        return !frozen && max <= growthCap() && fence.holds(max);
    }
}
