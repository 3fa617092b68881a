package com.wedsync.guardian.app.fleet;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.InMemoryOutbox;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.fleet.PoolReport;
import com.wedsync.guardian.jdbc.fleet.FleetNotices;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 (b) on the real PostgreSQL: a condition the old duty holder said and that cleared while the duty changed
 * hands is cleared once by the new holder, after a few ticks in which none of its groups holds it; a former holder
 * owes nothing.
 */
class FleetSendClaimsTest {

    private static final Instant AT = Instant.parse("2026-06-13T14:00:00Z");
    private static final FleetNotices.Target OPS = new FleetNotices.Target("main", "group-orders-saturation", "ops-log", 0);

    private final ScratchSchema schema;
    private final GuardianStore store;
    private final FleetNotices notices;
    private final AtomicReference<Fleet.State> state = new AtomicReference<>();

    FleetSendClaimsTest() throws Exception {
        schema = ScratchSchema.create("fleet_claims_test", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", null);
        store = schema.open(Duration.ofSeconds(5));
        notices = new FleetNotices(store.dataSource());
    }

    @AfterEach
    void drop() throws Exception {
        store.close();
        schema.close();
    }

    private static Fleet.State holding(Set<String> duties) {
        return new Fleet.State(List.of(new PoolReport("orders", "main", 10, 1, 10, 10, 12, 1, 1)), Map.of(), List.of(), Map.of(),
                duties, List.of(), null);
    }

    @Test
    void aConditionThatClearedWhileTheDutyChangedHandsIsClearedOnceByTheNewHolder() {
        Notification saidByA = new Notification("n-group-orders-saturation-1", "guardian-group-orders-saturation", "ops-log",
                NotificationAction.TRIGGER, new Alert("f1", Map.of(Alert.POOL, "orders", Alert.CONDITION, "saturation",
                Alert.INSTANCE, "a"), "orders saturation on 2 of 2 instances: a, b", "", Map.of(), Alert.AlertContext.NONE,
                AT.minusSeconds(60), null), List.of());
        assertThat(notices.trigger(OPS, "saturation", "a", Duration.ofHours(1), saidByA)).isTrue();
        FleetSendClaims b = new FleetSendClaims("b", notices, state::get);
        state.set(holding(Set.of("main")));

        List<Notification> owed = new ArrayList<>();
        InMemoryOutbox outbox = new InMemoryOutbox();
        Duration step = Duration.ofSeconds(5);
        Instant first = AT.plus(step);
        for (int run = 1; run <= FleetSendClaims.DEFAULT_GRACE.dividedBy(step) + 3; run++) {
            Instant at = AT.plus(step.multipliedBy(run));
            List<Notification> now = b.owed(at, List.of());
            assertThat(at.isBefore(first.plus(FleetSendClaims.DEFAULT_GRACE)) ? now : List.of())
                    .as("nothing before the grace, run " + run).isEmpty();
            for (Notification n : now) {
                if (b.write(n, at, outbox)) {
                    owed.add(n);
                }
            }
            // an all-clear owed a second time (the first waits in the rate limit) is claimed once
            for (Notification n : now) {
                assertThat(b.write(n, at, outbox)).as("said already").isFalse();
            }
        }

        assertThat(owed).singleElement().satisfies(n -> {
            assertThat(n.action()).isEqualTo(NotificationAction.RESOLVE);
            assertThat(n.channel()).isEqualTo("ops-log");
            assertThat(n.dedupKey()).as("the vendor closes the same incident").isEqualTo(saidByA.dedupKey());
            assertThat(n.alert().summary()).isEqualTo(saidByA.alert().summary());
            assertThat(n.alert().endsAt()).isNotNull();
        });
        assertThat(notices.outstanding(Set.of("main"))).isEmpty();
        assertThat(outbox.notifications()).containsExactlyElementsOf(owed);
    }

    @Test
    void anInstanceWithoutTheDutyOwesNothing() {
        notices.trigger(OPS, "saturation", "a", Duration.ofHours(1), new Notification("n-1", "guardian-1", "ops-log",
                NotificationAction.TRIGGER, new Alert("f1", Map.of(Alert.POOL, "orders", Alert.CONDITION, "saturation"), "s", "",
                Map.of(), Alert.AlertContext.NONE, AT, null), List.of()));
        FleetSendClaims c = new FleetSendClaims("c", notices, state::get);
        state.set(holding(Set.of()));

        for (int run = 0; run < 10; run++) {
            assertThat(c.owed(AT.plus(FleetSendClaims.DEFAULT_GRACE.multipliedBy(run)), List.of())).isEmpty();
        }
        assertThat(notices.outstanding(Set.of("main"))).hasSize(1);
    }
}
