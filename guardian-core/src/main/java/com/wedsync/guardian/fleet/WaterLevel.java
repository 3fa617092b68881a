package com.wedsync.guardian.fleet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The answer of a weighted water-filling, small enough for one row: the level every claim not yet met rises to
 * (its exact share is min(wanted, level × weight)), and the cut that says which claims get one of the connections
 * that rounding down left over (the largest remainders, ties by key). Whoever holds the claims computes it; anyone
 * can then take a pool's share from it alone, without reading the other claims ({@link #share}).
 *
 * @param level        the water level; {@link Double#POSITIVE_INFINITY} when every claim is met
 * @param cutRemainder the remainder of the last claim that got a leftover connection ({@code +Infinity}: none did)
 * @param cutKey       that claim's key: claims with the same remainder get one when their key sorts at or before it
 */
public record WaterLevel(double level, double cutRemainder, String cutKey) {

    /** Nothing divided yet: every claim is met in full. */
    public static final WaterLevel UNBOUNDED = new WaterLevel(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, "");

    public WaterLevel {
        Objects.requireNonNull(cutKey, "cutKey");
        if (Double.isNaN(level) || level < 0) {
            throw new IllegalArgumentException("level must be >= 0, but was " + level);
        }
    }

    /** The level that divides {@code budget} (below 0 counts as 0) among the claims. */
    public static WaterLevel of(int budget, List<FleetClaim> claims) {
        double left = Math.max(0, budget);
        List<FleetClaim> order = new ArrayList<>(claims);
        order.sort(Comparator.comparingDouble((FleetClaim c) -> c.wanted() / c.weight()).thenComparing(FleetClaim::key));
        double weight = order.stream().mapToDouble(FleetClaim::weight).sum();
        double level = Double.POSITIVE_INFINITY;
        for (FleetClaim c : order) {
            if (c.wanted() > left * c.weight() / weight) {
                level = left / weight;
                break;
            }
            left -= c.wanted();
            weight -= c.weight();
        }
        if (level == Double.POSITIVE_INFINITY) {
            return UNBOUNDED;
        }
        // Whole connections: each claim below its want gets the floor of its exact share; the connections left
        // go one each to the largest remainders.
        int given = 0;
        int wanted = 0;
        List<FleetClaim> open = new ArrayList<>();
        for (FleetClaim c : claims) {
            wanted += c.wanted();
            if (met(level, c.wanted(), c.weight())) {
                given += c.wanted();
            } else {
                given += (int) Math.floor(level * c.weight());
                open.add(c);
            }
        }
        int extra = Math.min(Math.max(0, budget), wanted) - given;
        double lvl = level;
        open.sort(Comparator.<FleetClaim>comparingDouble(c -> -remainder(lvl, c.weight())).thenComparing(FleetClaim::key));
        if (extra <= 0 || open.isEmpty()) {
            return new WaterLevel(level, Double.POSITIVE_INFINITY, "");
        }
        FleetClaim last = open.get(Math.min(extra, open.size()) - 1);
        return new WaterLevel(level, remainder(level, last.weight()), last.key());
    }

    /** One claim's whole share: what {@link #of} gave it, for the claims it was computed from. */
    public int share(String key, int wanted, double weight) {
        if (wanted <= 0) {
            return 0;
        }
        if (met(level, wanted, weight)) {
            return wanted;
        }
        int floor = (int) Math.floor(level * weight);
        double r = remainder(level, weight);
        boolean leftover = r > cutRemainder || (r == cutRemainder && key.compareTo(cutKey) <= 0);
        return Math.min(wanted, floor + (leftover ? 1 : 0));
    }

    /** The continuous answer of one claim: min(wanted, level × weight). */
    public double exact(int wanted, double weight) {
        return met(level, wanted, weight) ? wanted : level * weight;
    }

    private static boolean met(double level, int wanted, double weight) {
        // a claim met on the way up sits exactly at its want; the epsilon keeps rounding from taking one away
        return level == Double.POSITIVE_INFINITY || wanted <= level * weight + 1e-9;
    }

    private static double remainder(double level, double weight) {
        double exact = level * weight;
        return exact - Math.floor(exact);
    }
}
