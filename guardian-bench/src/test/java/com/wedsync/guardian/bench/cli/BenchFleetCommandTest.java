package com.wedsync.guardian.bench.cli;

import org.junit.jupiter.api.Test;

import static com.wedsync.guardian.bench.cli.BenchRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchFleetCommandTest {

    @Test
    void weightsGiveOnePriorityPerMemberInOrder() {
        assertThat(BenchFleetCommand.weights("3,1, 1,1,1,100", 6)).containsExactly(3, 1, 1, 1, 1, 100);
    }

    @Test
    void withoutWeightsEveryMemberWeighsOne() {
        assertThat(BenchFleetCommand.weights(null, 4)).containsExactly(1, 1, 1, 1);
    }

    @Test
    void weightsOfAnotherCountThanTheInstancesAreRefusedByName() {
        assertThatThrownBy(() -> BenchFleetCommand.weights("2,1,1", 6))
                .hasMessageStartingWith("--weights must be 6 integers 1..100").hasMessageContaining("but was 3 values: 2,1,1");
        assertThatThrownBy(() -> BenchFleetCommand.weights("2,1,1,1,1,1,", 6)).hasMessageContaining("but was 7 values");
    }

    @Test
    void weightsOutsideOneToHundredOrNotIntegersAreRefusedByName() {
        assertThatThrownBy(() -> BenchFleetCommand.weights("0,1", 2)).hasMessageStartingWith("--weights").hasMessageContaining("0 is outside 1..100");
        assertThatThrownBy(() -> BenchFleetCommand.weights("101,1", 2)).hasMessageContaining("101 is outside 1..100");
        assertThatThrownBy(() -> BenchFleetCommand.weights("1,x", 2)).hasMessageContaining("'x' is not an integer");
        assertThatThrownBy(() -> BenchFleetCommand.weights("1,1.5", 2)).hasMessageContaining("'1.5' is not an integer");
        assertThatThrownBy(() -> BenchFleetCommand.weights("99999999999,1", 2)).hasMessageContaining("is not an integer");
    }

    @Test
    void aLongWeightsIsRefusedWithoutBeingEchoed() {
        String huge = "1,".repeat(10_000) + "1";
        assertThatThrownBy(() -> BenchFleetCommand.weights(huge, 6)).hasMessageStartingWith("--weights")
                .hasMessageEndingWith("but was 20001 characters long");
    }

    @Test
    void theBenchRefusesBadWeightsBeforeStartingAnyMember() {
        String[] r = run("fleet", "--db", "jdbc:postgresql://127.0.0.1:1/none", "--user", "postgres", "--instances", "3",
                "--weights", "2,1");
        assertThat(r[0]).isEqualTo(String.valueOf(BenchScenarioCommand.EXIT_BAD_INPUT));
        assertThat(r[2]).startsWith("--weights must be 3 integers 1..100");
        assertThat(r[1]).doesNotContain("members started");
    }

    @Test
    void theBenchRefusesWeightsWithoutTheFleet() {
        String[] r = run("fleet", "--db", "jdbc:postgresql://127.0.0.1:1/none", "--user", "postgres", "--instances", "2",
                "--weights", "2,1", "--no-fleet");
        assertThat(r[0]).isEqualTo(String.valueOf(BenchScenarioCommand.EXIT_BAD_INPUT));
        assertThat(r[2]).contains("--weights").contains("--no-fleet");
    }

    @Test
    void theBenchRefusesABadOutsideHoldOrBurstByName() {
        String[] hold = run("fleet", "--db", "jdbc:postgresql://127.0.0.1:1/none", "--user", "postgres", "--outside-hold", "2h");
        assertThat(hold[0]).isEqualTo(String.valueOf(BenchScenarioCommand.EXIT_BAD_INPUT));
        assertThat(hold[2]).startsWith("--outside-hold");
        String[] burst = run("fleet", "--db", "jdbc:postgresql://127.0.0.1:1/none", "--user", "postgres", "--burst", "21");
        assertThat(burst[0]).isEqualTo(String.valueOf(BenchScenarioCommand.EXIT_BAD_INPUT));
        assertThat(burst[2]).startsWith("--burst must be 0..20 connections, but was 21");
        assertThat(hold[1] + burst[1]).doesNotContain("members started");
    }
}
