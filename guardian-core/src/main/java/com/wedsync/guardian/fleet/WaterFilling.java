package com.wedsync.guardian.fleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted max-min fair division of whole connections: the level rises for everyone in proportion to weight
 * until a claim is met (it then stops at what it wants) or the budget runs out. Connections that cannot be
 * split go, one each, to the claims with the largest remainders (ties by key), so the answer is deterministic
 * and every instance computes the same one. The level and its cut are a {@link WaterLevel}.
 */
public final class WaterFilling {

    private WaterFilling() {
    }

    /** Each claim's share; the shares sum to min(budget, total wanted). */
    public static Map<String, Integer> divide(int budget, List<FleetClaim> claims) {
        WaterLevel level = WaterLevel.of(budget, claims);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (FleetClaim c : claims) {
            out.put(c.key(), level.share(c.key(), c.wanted(), c.weight()));
        }
        return out;
    }
}
