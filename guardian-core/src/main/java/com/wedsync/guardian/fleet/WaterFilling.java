package com.wedsync.guardian.fleet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted max-min fair division of whole connections: the level rises for everyone in proportion to weight
 * until a claim is met (it then stops at what it wants) or the budget runs out. Connections that cannot be
 * split go, one each, to the claims with the largest remainders (ties by key), so the answer is deterministic
 * and every instance computes the same one.
 */
public final class WaterFilling {

    private WaterFilling() {
    }

    /** Each claim's share; the shares sum to min(budget, total wanted). */
    public static Map<String, Integer> divide(int budget, List<FleetClaim> claims) {
        Map<String, Double> exact = level(Math.max(0, budget), claims);
        Map<String, Integer> out = new LinkedHashMap<>();
        int given = 0;
        for (FleetClaim c : claims) {
            int whole = (int) Math.floor(exact.get(c.key()) + 1e-9);
            out.put(c.key(), whole);
            given += whole;
        }
        int total = Math.min(Math.max(0, budget), claims.stream().mapToInt(FleetClaim::wanted).sum());
        List<FleetClaim> byRemainder = new ArrayList<>(claims);
        byRemainder.sort(Comparator.<FleetClaim>comparingDouble(c -> -(exact.get(c.key()) - out.get(c.key())))
                .thenComparing(FleetClaim::key));
        for (int i = 0; given < total && i < byRemainder.size(); i++) {
            FleetClaim c = byRemainder.get(i);
            if (out.get(c.key()) < c.wanted()) {
                out.merge(c.key(), 1, Integer::sum);
                given++;
            }
        }
        return out;
    }

    /** The continuous answer: claims in order of wanted/weight, each met in full while the level reaches it. */
    private static Map<String, Double> level(int budget, List<FleetClaim> claims) {
        List<FleetClaim> order = new ArrayList<>(claims);
        order.sort(Comparator.comparingDouble((FleetClaim c) -> c.wanted() / c.weight()).thenComparing(FleetClaim::key));
        double left = budget;
        double weight = order.stream().mapToDouble(FleetClaim::weight).sum();
        Map<String, Double> out = new HashMap<>();
        for (FleetClaim c : order) {
            double fair = weight <= 0 ? 0 : left * c.weight() / weight;
            double got = Math.min(c.wanted(), fair);
            out.put(c.key(), got);
            left -= got;
            weight -= c.weight();
        }
        return out;
    }
}
