package com.wedsync.guardian.fleet;

import com.wedsync.guardian.health.HealthReason;
import com.wedsync.guardian.health.HealthStatus;
import com.wedsync.guardian.health.PoolHealth;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, one voice: a database's conditions come from the instance holding its duty, once for the fleet. */
class OneVoiceTest {

    private static final Instant AT = Instant.parse("2026-06-13T14:00:00Z");
    private static final PoolHealth ORDERS = new PoolHealth("orders", AT, HealthStatus.CRITICAL, List.of(
            new HealthReason("db_headroom", HealthStatus.CRITICAL, "3 of 92 connections left on main"),
            new HealthReason("saturation", HealthStatus.DEGRADED, "9 of 10 in use")));
    private static final FleetBudget MAIN = new FleetBudget("main", 100, 3, 5, 90, 80);

    @Test
    void anInstanceWithoutTheDutyLeavesTheDatabasesConditionsToTheOneWithIt() {
        List<PoolHealth> said = OneVoice.speak(AT, List.of(ORDERS), Map.of("orders", "main"), Set.of(), List.of(MAIN),
                Map.of("main", 240));

        assertThat(said).singleElement().satisfies(h -> {
            assertThat(h.reasons()).extracting(HealthReason::condition).containsExactly("saturation");
            assertThat(h.status()).isEqualTo(HealthStatus.DEGRADED);
        });
    }

    @Test
    void theDutyHolderSaysTheHeadroomAndThatTheFleetWantsMoreThanTheDatabaseCanGive() {
        List<PoolHealth> said = OneVoice.speak(AT, List.of(ORDERS), Map.of("orders", "main"), Set.of("main"), List.of(MAIN),
                Map.of("main", 240));

        assertThat(said.get(0)).isEqualTo(ORDERS);
        assertThat(said.get(1).pool()).isEqualTo("database:main");
        assertThat(said.get(1).reasons()).singleElement().satisfies(r -> {
            assertThat(r.condition()).isEqualTo("fleet_overcommitted");
            assertThat(r.message()).isEqualTo("the fleet wants 240 connections of database main but 82 are usable (usable 82 ="
                    + " max_connections 100 - reserved 3 - margin 5 - outside clients 10 (server 90 - fleet's own 80)): put a"
                    + " pooler (PgBouncer) in front of it, raise max_connections, or lower the priority of the pools that matter less");
        });
    }

    @Test
    void aFleetThatFitsRaisesNothingAndAPoolWithoutADatabaseKeepsEverything() {
        List<PoolHealth> said = OneVoice.speak(AT, List.of(ORDERS), Map.of(), Set.of("main"), List.of(MAIN), Map.of("main", 50));

        assertThat(said).containsExactly(ORDERS);
    }

    @Test
    void poolConditionsAreSaidOnceForTheFleetByTheDutyHolderGroupedByPoolName() {
        ConditionGroup saturated = new ConditionGroup("orders", "saturation", HealthStatus.DEGRADED, List.of("a", "b", "c", "d"),
                6, "9 of 10 in use");
        List<PoolHealth> holder = OneVoice.speak(AT, List.of(ORDERS), Map.of("orders", "main"), Set.of("main"), List.of(MAIN),
                Map.of("main", 50), List.of(saturated));
        List<PoolHealth> other = OneVoice.speak(AT, List.of(ORDERS), Map.of("orders", "main"), Set.of(), List.of(MAIN),
                Map.of("main", 50), List.of());

        assertThat(holder).singleElement().satisfies(h -> assertThat(h.reasons()).extracting(HealthReason::condition,
                HealthReason::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("db_headroom", "3 of 92 connections left on main"),
                org.assertj.core.groups.Tuple.tuple("saturation", "orders saturation on 4 of 6 instances: a, b, c, d (a: 9 of 10 in use)")));
        assertThat(other).singleElement().satisfies(h -> {
            assertThat(h.reasons()).isEmpty();
            assertThat(h.status()).isEqualTo(HealthStatus.HEALTHY);
        });
    }

    @Test
    void anInstanceReportsItsFleetPoolsConditionsButNotTheDatabasesOwn() {
        assertThat(OneVoice.conditions(List.of(ORDERS), Set.of("orders"))).singleElement()
                .isEqualTo(new ConditionReport("orders", "saturation", HealthStatus.DEGRADED, "9 of 10 in use"));
        assertThat(OneVoice.conditions(List.of(ORDERS), Set.of())).isEmpty();
    }
}
