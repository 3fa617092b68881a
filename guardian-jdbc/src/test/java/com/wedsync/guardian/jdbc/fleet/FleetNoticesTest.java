package com.wedsync.guardian.jdbc.fleet;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12 (b) on the real PostgreSQL: what the fleet said is kept in the store, so each thing is said once. */
class FleetNoticesTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final FleetNotices.Target OPS = new FleetNotices.Target("main", "group-1", "ops-slack", 0);

    private final FleetSchema schema;
    private final FleetNotices notices;

    FleetNoticesTest() throws SQLException {
        schema = new FleetSchema();
        notices = new FleetNotices(schema.store.dataSource());
    }

    @AfterEach
    void drop() throws SQLException {
        schema.close();
    }

    @Test
    void aTriggerIsSaidOnceWhoeverAsksAndItsAllClearOnce() {
        assertThat(notices.trigger(OPS, "saturation", "a", HOUR, SAID)).as("a says it").isTrue();
        assertThat(notices.trigger(OPS, "saturation", "b", HOUR, SAID)).as("b, the new duty holder, does not").isFalse();
        assertThat(notices.trigger(OPS, "saturation,timeouts", "b", HOUR, SAID)).as("what the group says changed").isTrue();
        assertThat(notices.trigger(new FleetNotices.Target("main", "group-1", "exec-sms", 1), "saturation", "b", HOUR, SAID))
                .as("an escalation to another channel is said").isTrue();

        assertThat(notices.resolve(OPS)).as("the all-clear of what was said").isTrue();
        assertThat(notices.resolve(OPS)).as("said once").isFalse();
        assertThat(notices.resolve(new FleetNotices.Target("main", "group-2", "ops-slack", 0)))
                .as("no all-clear for what nobody said").isFalse();
        assertThat(notices.trigger(OPS, "saturation", "b", HOUR, SAID)).as("firing again after the all-clear").isTrue();
    }

    @Test
    void anAcknowledgementIsSaidOnceAndATriggerAgainAfterItsRepeatInterval() {
        assertThat(notices.trigger(OPS, "saturation", "a", HOUR, SAID)).isTrue();
        assertThat(notices.acknowledge(OPS, "saturation", "a")).isTrue();
        assertThat(notices.acknowledge(OPS, "saturation", "b")).isFalse();
        assertThat(notices.trigger(OPS, "saturation", "b", Duration.ZERO, SAID)).as("the repeat interval has passed").isTrue();
        assertThat(notices.trigger(OPS, "saturation", "a", HOUR, SAID)).as("and it starts again").isFalse();
    }

    @Test
    void twoInstancesRacingToSayTheSameThingExactlyOneSaysIt() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            Callable<Boolean> say = () -> notices.trigger(OPS, "saturation", Thread.currentThread().getName(), HOUR, SAID);
            List<Future<Boolean>> all = threads.invokeAll(java.util.Collections.nCopies(8, say));
            long said = 0;
            for (Future<Boolean> f : all) {
                said += f.get() ? 1 : 0;
            }
            assertThat(said).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theTriggersOutstandingAreReadBackAsTheyWereSentUntilTheirAllClear() {
        notices.trigger(OPS, "saturation", "a", HOUR, SAID);
        FleetNotices.Target elsewhere = new FleetNotices.Target("analytics", "group-3", "ops-slack", 0);
        notices.trigger(elsewhere, "timeouts", "c", HOUR, SAID);
        notices.acknowledge(OPS, "saturation", "a");

        assertThat(notices.outstanding(Set.of("main"))).singleElement().satisfies(said -> {
            assertThat(said.target()).isEqualTo(OPS);
            assertThat(said.conditions()).isEqualTo("saturation");
            assertThat(said.notification()).isEqualTo(SAID);
        });
        notices.resolve(OPS);
        assertThat(notices.outstanding(Set.of("main"))).isEmpty();
        assertThat(notices.outstanding(Set.of())).isEmpty();
    }

    @Test
    void anAcknowledgementByTheDedupKeyATriggerWentOutUnderIsKeptAgainstTheFleetsKeyOfItsGroup() {
        // a says the group under its own dedup key (the instance is in it); later b says it again, after the repeat
        assertThat(notices.claim(trigger("a", "guardian-orders-saturation-a", HOUR), sent("guardian-orders-saturation-a"),
                null)).isTrue();
        assertThat(notices.claim(trigger("b", "guardian-orders-saturation-b", Duration.ZERO), sent("guardian-orders-saturation-b"), null))
                .as("the repeat interval has passed").isTrue();

        assertThat(notices.acknowledged("guardian-orders-saturation-a", "ana")).as("a's key, acknowledged anywhere").isTrue();
        assertThat(notices.acked(Set.of("main"))).as("kept against the fleet's key, once for both instances' alerts")
                .containsExactly(new FleetNotices.Acked("main", "group-1", "orders", "saturation", "ana"));
        assertThat(notices.acknowledged("guardian-orders-saturation-b", "bo")).as("b's key names the same group").isTrue();
        assertThat(notices.acked(Set.of("main"))).extracting(FleetNotices.Acked::who).as("the first acknowledgement stands")
                .containsExactly("ana");
        assertThat(notices.acknowledged("guardian-never-sent", "ana")).as("a key the fleet never said").isFalse();
        assertThat(notices.acknowledged("guardian-" + "x".repeat(FleetNotices.MAX_KEY), "ana")).as("longer than any key").isFalse();

        assertThat(notices.resolve(OPS)).isTrue();
        assertThat(notices.acked(Set.of("main"))).as("the all-clear removes the acknowledgement").isEmpty();
        assertThat(notices.acknowledged("guardian-orders-saturation-a", "ana")).as("and the keys it went out under").isFalse();
    }

    @Test
    void anAcknowledgementByAlertIdStillFindsItsAlertAlone() {
        notices.claim(new FleetNotices.Claim(OPS, NotificationAction.TRIGGER, "saturation,timeouts", "a", HOUR, List.of(
                new FleetNotices.FleetAlert("id-a-sat", "orders", "saturation"),
                new FleetNotices.FleetAlert("id-a-timeouts", "orders", "timeouts"))), sent("guardian-orders-a"), null);

        assertThat(notices.acknowledged("id-a-timeouts", "ana")).isTrue();
        assertThat(notices.acked(Set.of("main"))).extracting(FleetNotices.Acked::condition).containsExactly("timeouts");
        assertThat(notices.acknowledged("guardian-orders-a", "bo")).as("the group's key: every alert of it").isTrue();
        assertThat(notices.acked(Set.of("main"))).extracting(FleetNotices.Acked::condition, FleetNotices.Acked::who)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("timeouts", "ana"),
                        org.assertj.core.groups.Tuple.tuple("saturation", "bo"));
    }

    /** A trigger of the fleet's group-1 by {@code by}, about its own alert of orders' saturation. */
    private static FleetNotices.Claim trigger(String by, String alertId, Duration repeatAfter) {
        return new FleetNotices.Claim(OPS, NotificationAction.TRIGGER, "saturation", by, repeatAfter,
                List.of(new FleetNotices.FleetAlert(alertId + "-id", "orders", "saturation")));
    }

    /** The trigger as sent, under {@code dedupKey}. */
    private static Notification sent(String dedupKey) {
        return new Notification("n-" + dedupKey, dedupKey, SAID.channel(), SAID.action(), SAID.alert(), SAID.fallbacks());
    }

    private static final Notification SAID = new Notification("n-group-1-1", "guardian-group-1", "ops-slack",
            NotificationAction.TRIGGER, new Alert("group-1", Map.of(Alert.POOL, "orders", Alert.CONDITION, "saturation"),
            "orders: 10 of 10 in use", "", Map.of(), Alert.AlertContext.NONE, Instant.parse("2026-06-13T14:00:00Z"), null),
            List.of("ops-sms"));
}
