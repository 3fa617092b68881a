package com.wedsync.guardian.fleet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One database's division, computed by the instance that holds its budget row: every live pool's share by
 * water-filling, and for the caller's own pools the reservation the {@link ReservationRule} allows, taken one
 * after the other so that the sum of reservations never passes the usable budget through a growth.
 */
public final class Division {

    /** One of the caller's pools, divided: what it may hold, what it should come down to, and why. */
    public record Portion(int reservation, int share, String reason) {
    }

    private Division() {
    }

    /**
     * @param live   every live pool on the database, the caller's own included (with their figures of this tick)
     * @param mine   the keys of the caller's pools
     * @param frozen true when the caller may not grow (its lease had lapsed): each of its pools holds its max
     */
    public static Map<String, Portion> divide(FleetBudget budget, List<Holding> live, Set<String> mine, boolean frozen) {
        List<FleetClaim> claims = new ArrayList<>();
        int wanted = 0;
        for (Holding h : live) {
            claims.add(new FleetClaim(h.key(), Math.max(0, h.wanted()), h.weight()));
            wanted += Math.max(0, h.wanted());
        }
        Map<String, Integer> shares = WaterFilling.divide(budget.usable(), claims);
        Map<String, Integer> held = new HashMap<>();
        live.forEach(h -> held.put(h.key(), Math.max(h.reservation(), h.max())));
        Map<String, Portion> out = new LinkedHashMap<>();
        for (Holding h : live.stream().filter(h -> mine.contains(h.key())).sorted(java.util.Comparator.comparing(Holding::key)).toList()) {
            int others = held.entrySet().stream().filter(e -> !e.getKey().equals(h.key())).mapToInt(Map.Entry::getValue).sum();
            int share = shares.getOrDefault(h.key(), 0);
            int reservation = frozen ? h.max() : ReservationRule.next(h.max(), share, budget.usable(), others);
            held.put(h.key(), reservation);
            String reason = frozen ? "fleet lease had lapsed: holding max " + h.max() + " this tick"
                    : ReservationRule.reason(h.pool(), h.max(), share, budget.usable(), others, wanted, live.size(), h.weight(),
                    budget.arithmetic());
            out.put(h.key(), new Portion(reservation, share, reason));
        }
        return out;
    }
}
