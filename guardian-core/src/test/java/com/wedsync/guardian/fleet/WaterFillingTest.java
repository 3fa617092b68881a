package com.wedsync.guardian.fleet;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 12: one budget per database, divided by weighted max-min fairness over what each pool wants. */
class WaterFillingTest {

    @Test
    void equalWeightsShareEquallyWhenEveryoneWantsMore() {
        List<FleetClaim> six = List.of(claim("a", 40, 1), claim("b", 40, 1), claim("c", 40, 1),
                claim("d", 40, 1), claim("e", 40, 1), claim("f", 40, 1));
        Map<String, Integer> shares = WaterFilling.divide(92, six);

        assertThat(shares.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(92);
        assertThat(shares.values()).allSatisfy(s -> assertThat(s).isBetween(15, 16));
        // the two leftover connections go to the first keys, so every instance computes the same division
        assertThat(shares).containsEntry("a", 16).containsEntry("b", 16).containsEntry("c", 15);
    }

    @Test
    void aPoolNeverGetsMoreThanItWantsAndTheRestShareWhatItLeaves() {
        Map<String, Integer> shares = WaterFilling.divide(30, List.of(claim("small", 4, 1), claim("x", 40, 1), claim("y", 40, 1)));

        assertThat(shares).containsExactlyInAnyOrderEntriesOf(Map.of("small", 4, "x", 13, "y", 13));
    }

    @Test
    void weightsSplitWhatIsLeftInProportion() {
        Map<String, Integer> shares = WaterFilling.divide(40, List.of(claim("wedding", 100, 4), claim("routine", 100, 1)));

        assertThat(shares).containsExactlyInAnyOrderEntriesOf(Map.of("wedding", 32, "routine", 8));
    }

    @Test
    void whenEveryoneFitsEveryoneGetsWhatItWants() {
        Map<String, Integer> shares = WaterFilling.divide(100, List.of(claim("a", 12, 1), claim("b", 30, 5)));

        assertThat(shares).containsExactlyInAnyOrderEntriesOf(Map.of("a", 12, "b", 30));
    }

    @Test
    void anEmptyOrNegativeBudgetGivesNothing() {
        assertThat(WaterFilling.divide(-3, List.of(claim("a", 12, 1)))).containsEntry("a", 0);
        assertThat(WaterFilling.divide(10, List.of())).isEmpty();
    }

    @Test
    void aClaimWithoutWeightIsRefusedByName() {
        assertThatThrownBy(() -> claim("orders", 3, 0)).hasMessage("weight must be > 0, but was 0.0 for orders");
        assertThatThrownBy(() -> claim("orders", -1, 1)).hasMessage("wanted must be >= 0, but was -1 for orders");
    }

    private static FleetClaim claim(String key, int wanted, double weight) {
        return new FleetClaim(key, wanted, weight);
    }
}
