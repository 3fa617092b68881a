package com.wedsync.guardian.bench.fleet;

import com.wedsync.guardian.bench.fleet.FleetShares.Pool;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FleetSharesTest {

    private static Pool pool(String instance, int wanted, double weight, int reservation, int max) {
        return new Pool(instance, "orders", wanted, weight, reservation, max, reservation);
    }

    @Test
    void equalWeightsEachGetTheEqualShareAndTheDeviationIsTheLargestDistanceFromIt() {
        FleetShares s = FleetShares.of(60, "m2", List.of(pool("m2", 40, 1, 12, 12), pool("m3", 40, 1, 12, 11),
                pool("m4", 40, 1, 12, 13), pool("m5", 40, 1, 12, 12), pool("m6", 40, 1, 10, 12)));

        assertThat(s.lines()).extracting(FleetShares.Line::share).containsExactly(12, 12, 12, 12, 12);
        assertThat(s.largestMaxOff()).isEqualTo(1);
        assertThat(s.largestReservationOff()).isEqualTo(2);
        assertThat(s.equalWeights()).isTrue();
        assertThat(s.fairness()).isEqualTo(11.0 / 13);
    }

    @Test
    void aHeavierPoolGetsItsWeightTimesTheLevelAndFairnessAtEqualWeightDoesNotApply() {
        // 56 over weights 3+1+1+1+1 = 7: the level is 8, so 24 for the heavy pool and 8 for each other.
        FleetShares s = FleetShares.of(56, "", List.of(pool("m1", 40, 1, 8, 8), pool("m2", 40, 1, 8, 9),
                pool("m5", 40, 3, 24, 21), pool("m3", 40, 1, 8, 8), pool("m4", 40, 1, 8, 8)));

        assertThat(s.lines()).extracting(l -> l.pool().instance()).containsExactly("m1", "m2", "m3", "m4", "m5");
        assertThat(s.lines()).extracting(FleetShares.Line::share).containsExactly(8, 8, 8, 8, 24);
        assertThat(s.largestMaxOff()).isEqualTo(3);
        assertThat(s.largestReservationOff()).isZero();
        assertThat(s.equalWeights()).isFalse();
        assertThat(s.weights()).isEqualTo("1,1,1,1,3");
    }

    @Test
    void aPoolWantingLessThanItsShareGetsWhatItWantsAndTheRestGoesToTheOthers() {
        FleetShares s = FleetShares.of(30, "", List.of(pool("m1", 4, 1, 4, 4), pool("m2", 40, 1, 13, 13), pool("m3", 40, 1, 13, 13)));

        assertThat(s.lines()).extracting(FleetShares.Line::share).containsExactly(4, 13, 13);
        assertThat(s.largestMaxOff()).isZero();
    }

    @Test
    void membersSortAsNumberedNotAsText() {
        FleetShares s = FleetShares.of(30, "", List.of(pool("m10", 40, 1, 10, 10), pool("m2", 40, 1, 10, 10), pool("m1", 40, 1, 10, 10)));

        assertThat(s.lines()).extracting(l -> l.pool().instance()).containsExactly("m1", "m2", "m10");
    }

    @Test
    void theTableGivesEachMembersWeightWantedShareReservationAndMaxSizeAndMarksTheDutyHolder() {
        FleetShares s = FleetShares.of(56, "m5", List.of(pool("m1", 40, 1, 8, 7), pool("m5", 40, 3, 24, 24),
                pool("m2", 40, 1, 8, 8), pool("m3", 40, 1, 8, 8), pool("m4", 40, 1, 8, 9)));

        List<String> table = s.table();
        assertThat(table.get(0).split(" +")).containsExactly("member", "weight", "wanted", "share", "fleet's", "reservation", "max",
                "size");
        assertThat(table.get(1).split(" +")).containsExactly("m1", "1", "40", "8", "8", "8", "7");
        assertThat(table.get(5).split(" +")).containsExactly("m5", "3", "40", "24", "24", "24", "24", "duty");
        assertThat(s.deviation()).contains("max size within 1 connection of the water-filling answer over usable 56")
                .contains("reservation within 0");
    }

    @Test
    void redistributedOnlyOnceTheVictimHasLeftAndEverySurvivorHoldsItsShareLessOne() {
        List<Pool> survivors = List.of(pool("m1", 40, 1, 12, 11), pool("m2", 40, 1, 11, 10), pool("m3", 40, 1, 12, 12),
                pool("m4", 40, 1, 12, 12), pool("m5", 40, 1, 12, 12));
        Set<String> alive = Set.of("m1", "m2", "m3", "m4", "m5");

        assertThat(FleetShares.of(60, "", survivors).redistributed(alive)).isTrue();
        List<Pool> victimStillLive = new java.util.ArrayList<>(survivors);
        victimStillLive.add(pool("m6", 40, 1, 10, 10));
        assertThat(FleetShares.of(60, "", victimStillLive).redistributed(alive)).as("the victim's lease has not run out").isFalse();
        List<Pool> oneShort = new java.util.ArrayList<>(survivors);
        oneShort.set(1, pool("m2", 40, 1, 10, 10));
        assertThat(FleetShares.of(60, "", oneShort).redistributed(alive)).as("m2 two below its share of 12").isFalse();
    }

    @Test
    void fairnessOfNoSizesIsNotANumber() {
        assertThat(FleetShares.fairness(List.of())).isNaN();
        assertThat(FleetShares.fairness(List.of(10L, 8L, 10L))).isEqualTo(0.8);
    }
}
