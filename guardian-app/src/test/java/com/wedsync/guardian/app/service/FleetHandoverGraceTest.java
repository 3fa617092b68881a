package com.wedsync.guardian.app.service;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.config.GuardianConfig;
import com.wedsync.guardian.app.fleet.Fleet;
import com.wedsync.guardian.app.fleet.ScratchSchema;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.runtime.GuardianBuilder;
import com.wedsync.guardian.fleet.DatabaseReport;
import com.wedsync.guardian.fleet.PoolReport;
import com.wedsync.guardian.jdbc.fleet.FleetNotices;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: the fleet that {@code guardian run} assembles waits its own health window and its routes' longest group
 * wait (and 10 s) before, as a new duty holder, it says the all-clear of a trigger the fleet said that none of its
 * groups holds; on the real PostgreSQL (a schema of its own), the time driven by a clock the test moves.
 */
class FleetHandoverGraceTest {

    private static final Instant AT = Instant.parse("2026-06-13T14:00:00Z");

    private final ScratchSchema schema;
    private final GuardianStore store;

    FleetHandoverGraceTest() throws SQLException {
        schema = ScratchSchema.create("fleet_grace_test", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", null);
        store = schema.open(Duration.ofSeconds(5));
    }

    @AfterEach
    void drop() throws SQLException {
        store.close();
        schema.close();
    }

    @Test
    void aShortHealthWindowAndGroupWaitGiveAShortHandoverGrace() {
        // window 5 s, and the longest group wait of the routes 4 s: 5 + 4 + 10 = 19 s, not the defaults' 70 s
        assertThat(owedAfter("""
                health: {window: 5s}
                alerts:
                  channels: [{name: ops-log, type: log}]
                  routes:
                    receivers: [ops-log]
                    groupWait: 1s
                    routes: [{match: ["pool=orders"], groupWait: 4s}, {match: ["pool=billing"], groupWait: 0s}]
                """)).isEqualTo(Duration.ofSeconds(19));
    }

    @Test
    void withoutHealthOrRouteSettingsTheGraceIsTheDefaults() {
        assertThat(owedAfter("")).isEqualTo(Duration.ofSeconds(70)).isEqualTo(Fleet.DEFAULT_HANDOVER_GRACE);
    }

    /**
     * Assembles instance b's fleet from {@code settings}, makes it the duty holder of a database on which instance a
     * said a trigger, and moves the clock a second at a time: how long after b first finds the trigger unheld it says
     * its all-clear.
     */
    private Duration owedAfter(String settings) {
        GuardianConfig config = new ConfigLoader(Map.<String, String>of()::get).parse("""
                instance: b
                store: {url: "%s", user: postgres}
                fleet: {enabled: true}
                """.formatted(schema.storeUrl()) + settings, "guardian.yaml");
        FleetNotices notices = new FleetNotices(store.dataSource());
        assertThat(notices.trigger(new FleetNotices.Target("main", "group-orders-saturation", "ops-log", 0), "saturation",
                "a", Duration.ofHours(1), SAID_BY_A)).isTrue();
        MutableClock clock = new MutableClock(AT);
        GuardianBuilder builder = Guardian.builder().clock(clock);
        Fleet fleet = ServiceAssembly.fleet(config, builder);
        try (Guardian closesTheFleetStore = builder.build()) {
            fleet.beat(List.of(new PoolReport("orders", "main", 10, 1, 2, 2, 10, 1, 1)),
                    List.of(new DatabaseReport("main", true, 100, 0, 5, 10)), List.of());
            assertThat(fleet.state().duties()).containsExactly("main");
            Instant first = clock.instant();
            for (int s = 0; s <= 120; s++) {
                List<Notification> owed = fleet.claims().owed(clock.instant(), List.of());
                if (!owed.isEmpty()) {
                    assertThat(owed).singleElement().satisfies(n -> {
                        assertThat(n.action()).isEqualTo(NotificationAction.RESOLVE);
                        assertThat(n.dedupKey()).isEqualTo(SAID_BY_A.dedupKey());
                    });
                    return Duration.between(first, clock.instant());
                }
                clock.advance(Duration.ofSeconds(1));
            }
            throw new AssertionError("no all-clear owed within 120 s");
        }
    }

    private static final Notification SAID_BY_A = new Notification("n-group-orders-saturation-1",
            "guardian-group-orders-saturation-a", "ops-log", NotificationAction.TRIGGER, new Alert("f1", Map.of(Alert.POOL,
            "orders", Alert.CONDITION, "saturation", Alert.INSTANCE, "a"), "orders saturation on 1 of 2 instances: a", "",
            Map.of(), Alert.AlertContext.NONE, AT.minusSeconds(60), null), List.of());
}
