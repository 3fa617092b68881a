package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.fleet.ScratchSchema;
import com.wedsync.guardian.fleet.DatabaseReport;
import com.wedsync.guardian.fleet.Heartbeat;
import com.wedsync.guardian.fleet.PoolReport;
import com.wedsync.guardian.jdbc.fleet.FleetStore;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12: {@code guardian fleet status} reads the fleet from its store, without a running instance. */
class FleetCommandTest {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";

    @Test
    void printsTheInstancesAndEachDatabasesDivisionAsTextAndAsJson() throws Exception {
        try (ScratchSchema schema = ScratchSchema.create("fleet_test", PG, "postgres", null);
             GuardianStore store = schema.open(Duration.ofSeconds(5))) {
            FleetStore fleet = new FleetStore(store.dataSource());
            List<DatabaseReport> main = List.of(new DatabaseReport("main", true, 100, 3, 5, 20));
            fleet.beat(new Heartbeat("eu-1", Duration.ofSeconds(30), List.of(new PoolReport("orders", "main", 10, 2, 10, 9, 60, 1, 1)), main));
            fleet.beat(new Heartbeat("eu-2", Duration.ofSeconds(30), List.of(new PoolReport("orders", "main", 10, 2, 10, 9, 60, 1, 1)), main));

            CliRun text = CliRun.of("fleet", "status", "--store", schema.storeUrl(), "--user", "postgres");
            CliRun json = CliRun.of("fleet", "status", "--store", schema.storeUrl(), "--user", "postgres", "--json");

            assertThat(text.exitCode()).isZero();
            assertThat(text.out()).contains("instance eu-1", "instance eu-2", "live",
                    "database main: usable 92 = max_connections 100 - reserved 3 - margin 5 - outside clients 0",
                    "! the fleet wants 120 connections of database main but 92 are usable");
            assertThat(json.exitCode()).isZero();
            assertThat(json.out()).contains("\"usable\" : 92", "\"overcommitted\" : true", "\"pool\" : \"orders\"");
        }
    }

    @Test
    void aStoreThatIsNotPostgresIsRefusedByNameAndAnUnreachableOneSaysSo() {
        CliRun h2 = CliRun.of("fleet", "status", "--store", "jdbc:h2:mem:x");
        CliRun nowhere = CliRun.of("fleet", "status", "--store", "jdbc:postgresql://127.0.0.1:1/none", "--user", "postgres");

        assertThat(h2.exitCode()).isEqualTo(2);
        assertThat(h2.err()).contains("--store must be a jdbc:postgresql: URL");
        assertThat(nowhere.exitCode()).isEqualTo(1);
        assertThat(nowhere.err()).startsWith("cannot read the fleet from the store:").doesNotContain("Exception\n\tat");
    }

    @Test
    void theFleetDemoRefusesABadNumberOfInstances() {
        CliRun run = CliRun.of("demo", "--instances", "40");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--instances must be between 2 and 8, but was 40");
    }
}
