package com.wedsync.guardian.fleet;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 (c): the division kept as one row. A pool's share taken from the level alone is the share the whole
 * water-filling gives it, so an instance needs only the budget row, not the other pools, to know its share.
 */
class WaterLevelTest {

    @Property(tries = 300)
    void theLevelAloneGivesEveryClaimItsShareAndTheSharesAreAFairDivision(
            @ForAll @IntRange(min = -5, max = 400) int budget,
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 60) Integer> wanted,
            @ForAll @Size(min = 30, max = 30) List<@IntRange(min = 1, max = 20) Integer> weights) {
        List<FleetClaim> claims = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            claims.add(new FleetClaim("i" + i + "/orders", wanted.get(i), weights.get(i)));
        }
        WaterLevel level = WaterLevel.of(budget, claims);
        // as stored and read back: the row keeps the three figures, nothing else
        WaterLevel row = new WaterLevel(level.level(), level.cutRemainder(), level.cutKey());

        int sum = 0;
        for (FleetClaim c : claims) {
            int share = row.share(c.key(), c.wanted(), c.weight());
            sum += share;
            assertThat(share).isBetween(0, c.wanted());
            // max-min fair: within one connection of the continuous answer
            assertThat(Math.abs(share - level.exact(c.wanted(), c.weight()))).isLessThan(1.0 + 1e-9);
        }
        assertThat(sum).isEqualTo(Math.min(Math.max(0, budget), wanted.stream().mapToInt(Integer::intValue).sum()));
    }

    @Test
    void equalPoolsWantingMoreGetTheLeftoverConnectionsByKeyAndEveryoneElseTheFloor() {
        List<FleetClaim> five = List.of(new FleetClaim("m1/orders", 54, 1), new FleetClaim("m2/orders", 54, 1),
                new FleetClaim("m3/orders", 54, 1), new FleetClaim("m4/orders", 54, 1), new FleetClaim("m5/orders", 54, 1));
        WaterLevel level = WaterLevel.of(47, five);

        assertThat(level.level()).isEqualTo(9.4);
        assertThat(level.cutKey()).isEqualTo("m2/orders");
        assertThat(WaterFilling.divide(47, five)).containsExactlyInAnyOrderEntriesOf(Map.of("m1/orders", 10, "m2/orders", 10,
                "m3/orders", 9, "m4/orders", 9, "m5/orders", 9));
    }

    @Test
    void aFleetThatFitsIsUnboundedAndEachGetsWhatItWants() {
        WaterLevel level = WaterLevel.of(100, List.of(new FleetClaim("a/orders", 12, 1), new FleetClaim("b/orders", 30, 5)));

        assertThat(level).isEqualTo(WaterLevel.UNBOUNDED);
        assertThat(level.share("c/orders", 40, 1)).as("a pool the division did not see gets what it wants").isEqualTo(40);
    }
}
