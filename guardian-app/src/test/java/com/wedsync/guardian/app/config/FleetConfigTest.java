package com.wedsync.guardian.app.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 12: {@code fleet: {enabled, lease, store}} and per-pool {@code priority}. */
class FleetConfigTest {

    private final ConfigLoader loader = new ConfigLoader(Map.<String, String>of()::get);

    private static final String POOLS = """
            databases:
              - {name: main, url: "jdbc:postgresql://127.0.0.1:5432/test"}
            pools:
              - {name: orders, jmx: "service:jmx:rmi:///jndi/rmi://127.0.0.1:9010/jmxrmi", poolName: HikariPool-1, database: main}
            """;

    @Test
    void aFleetIsOffByDefaultWithALeaseOfThreeTicksAndAMargin() {
        GuardianConfig c = loader.parse("tick: 2s\n" + POOLS, "guardian.yaml");

        assertThat(c.fleet().enabled()).isFalse();
        assertThat(c.fleet().lease()).isEqualTo(Duration.ofSeconds(8));
        assertThat(c.fleet().outsideHold()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theHoldOfOutsideClientsIsReadAndBounded() {
        assertThat(loader.parse("fleet: {outsideHold: 0s}\n" + POOLS, "guardian.yaml").fleet().outsideHold()).isZero();
        ConfigProblems.InvalidConfigException e = catchThrowableOfType(ConfigProblems.InvalidConfigException.class,
                () -> loader.parse("fleet: {outsideHold: 2h}\n" + POOLS, "guardian.yaml"));

        assertThat(e.problems()).containsExactly("fleet.outsideHold: must be between 0s and 1h, but was 2h");
    }

    @Test
    void anEnabledFleetSharesTheGuardiansPostgresStoreOrItsOwn() {
        GuardianConfig shared = loader.parse("store: jdbc:postgresql://db:5432/guardian\nfleet: {enabled: true, lease: 10s}\n"
                + POOLS, "guardian.yaml");
        GuardianConfig own = loader.parse("fleet: {enabled: true, store: {url: \"jdbc:postgresql://fleet:5432/f\", user: g}}\n"
                + POOLS, "guardian.yaml");

        assertThat(shared.fleet().store().url()).isEqualTo("jdbc:postgresql://db:5432/guardian");
        assertThat(shared.fleet().lease()).isEqualTo(Duration.ofSeconds(10));
        assertThat(own.fleet().store().url()).isEqualTo("jdbc:postgresql://fleet:5432/f");
        assertThat(own.fleet().store().user()).isEqualTo("g");
    }

    @Test
    void badFleetSettingsAreNamedWithTheirPath() {
        ConfigProblems.InvalidConfigException e = catchThrowableOfType(ConfigProblems.InvalidConfigException.class,
                () -> loader.parse("""
                        tick: 1s
                        fleet: {enabled: true, lease: 1s, color: red}
                        scaling: {pools: {orders: {priority: 0}}}
                        """ + POOLS, "guardian.yaml"));

        assertThat(e.problems()).contains(
                "fleet.color: unknown key (known keys: enabled, lease, outsideHold, store)",
                "fleet.lease: must be between 2s and 10m, but was 1s",
                "fleet.enabled: the fleet needs a jdbc:postgresql: store that every instance shares (set fleet.store, or store, to one)",
                "scaling.pools.orders.priority: must be between 1 and 100, but was 0");
    }

    @Test
    void aPoolsPriorityIsReadIntoItsPolicy() {
        GuardianConfig c = loader.parse("scaling: {pools: {orders: {priority: 3}}}\n" + POOLS, "guardian.yaml");

        assertThat(c.scaling().pools().get("orders").priority()).isEqualTo(3);
        assertThat(c.scaling().defaults().priority()).isEqualTo(1);
    }
}
