package com.wedsync.guardian.jdbc.fleet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
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
        assertThat(notices.trigger(OPS, "saturation", "a", HOUR)).as("a says it").isTrue();
        assertThat(notices.trigger(OPS, "saturation", "b", HOUR)).as("b, the new duty holder, does not").isFalse();
        assertThat(notices.trigger(OPS, "saturation,timeouts", "b", HOUR)).as("what the group says changed").isTrue();
        assertThat(notices.trigger(new FleetNotices.Target("main", "group-1", "exec-sms", 1), "saturation", "b", HOUR))
                .as("an escalation to another channel is said").isTrue();

        assertThat(notices.resolve(OPS)).as("the all-clear of what was said").isTrue();
        assertThat(notices.resolve(OPS)).as("said once").isFalse();
        assertThat(notices.resolve(new FleetNotices.Target("main", "group-2", "ops-slack", 0)))
                .as("no all-clear for what nobody said").isFalse();
        assertThat(notices.trigger(OPS, "saturation", "b", HOUR)).as("firing again after the all-clear").isTrue();
    }

    @Test
    void anAcknowledgementIsSaidOnceAndATriggerAgainAfterItsRepeatInterval() {
        assertThat(notices.trigger(OPS, "saturation", "a", HOUR)).isTrue();
        assertThat(notices.acknowledge(OPS, "saturation", "a")).isTrue();
        assertThat(notices.acknowledge(OPS, "saturation", "b")).isFalse();
        assertThat(notices.trigger(OPS, "saturation", "b", Duration.ZERO)).as("the repeat interval has passed").isTrue();
        assertThat(notices.trigger(OPS, "saturation", "a", HOUR)).as("and it starts again").isFalse();
    }

    @Test
    void twoInstancesRacingToSayTheSameThingExactlyOneSaysIt() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            Callable<Boolean> say = () -> notices.trigger(OPS, "saturation", Thread.currentThread().getName(), HOUR);
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
    void whatNoInstanceHoldsAnyMoreIsLetGoSoItIsSaidAgainWhenItFiresAgain() {
        notices.trigger(OPS, "saturation", "a", HOUR);
        FleetNotices.Target other = new FleetNotices.Target("main", "group-2", "ops-slack", 0);
        notices.trigger(other, "timeouts", "a", HOUR);
        FleetNotices.Target elsewhere = new FleetNotices.Target("analytics", "group-3", "ops-slack", 0);
        notices.trigger(elsewhere, "timeouts", "c", HOUR);

        // a died while group-2 was firing; it cleared before b took the duty: b holds only group-1
        assertThat(notices.forgetUnheld(Set.of("main"), Set.of("group-1"))).isEqualTo(1);

        assertThat(notices.trigger(other, "timeouts", "b", HOUR)).as("said again when it fires again").isTrue();
        assertThat(notices.trigger(OPS, "saturation", "b", HOUR)).as("still held: not said again").isFalse();
        assertThat(notices.trigger(elsewhere, "timeouts", "b", HOUR)).as("another database's duty").isFalse();
    }
}
