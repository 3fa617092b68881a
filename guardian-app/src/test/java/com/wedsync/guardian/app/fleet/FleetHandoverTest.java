package com.wedsync.guardian.app.fleet;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.alert.Outbox;
import com.wedsync.guardian.alert.pipeline.AlertView;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.runtime.ServerViewSource;
import com.wedsync.guardian.jdbc.outbox.JdbcOutbox;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.notify.dispatch.ClaimLease;
import com.wedsync.guardian.notify.dispatch.DispatchOutcome;
import com.wedsync.guardian.notify.dispatch.OutboxDispatcher;
import com.wedsync.guardian.notify.resilience.ResilienceConfig;
import com.wedsync.guardian.scaling.ScalingMode;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, the fleet's one voice across a duty handover, on the real PostgreSQL (a schema of its own): two guardians
 * whose alert outbox is {@code guardian_outbox} of the store the fleet shares, as a fleet runs with one store. The
 * database they watch says 13 of its 14 connections are taken, so whoever holds its duty alerts {@code db_headroom}
 * at once (group wait 0) and escalates to {@code duty-log} a minute later unless it is acknowledged; the fleet also
 * wants more than the 0 usable connections ({@code fleet_overcommitted}), a condition nobody acknowledges here.
 */
class FleetHandoverTest {

    private static final ScalingPolicy ENFORCE = ScalingPolicy.builder().mode(ScalingMode.ENFORCE).floor(2).ceiling(20)
            .saturationCeiling(40).headroomMargin(2).scaleDownWindow(Duration.ZERO).cooldown(Duration.ZERO).build();

    private final OneStoreFleet fleet;
    private final MutableClock clock;
    private final ScratchSchema schema;
    private final GuardianStore store;

    FleetHandoverTest() throws SQLException {
        fleet = new OneStoreFleet("fleet_handover_test");
        clock = fleet.clock;
        schema = fleet.schema;
        store = fleet.store;
    }

    @AfterEach
    void cleanUp() throws Exception {
        fleet.close();
    }

    @Test
    void aHolderThatFailsBetweenItsClaimAndItsOutboxEntryLeavesNothingClaimedAndTheNextHolderSaysIt() throws Exception {
        // the holder "dies" in the middle: its outbox write fails after the claim's insert, in the same transaction
        fleet.sql("CREATE FUNCTION " + schema.name() + ".dying() RETURNS trigger AS $$ BEGIN"
                + " RAISE EXCEPTION 'the holder died before its outbox entry was written'; END $$ LANGUAGE plpgsql");
        fleet.sql("CREATE TRIGGER dying BEFORE INSERT ON " + schema.name() + ".guardian_outbox FOR EACH ROW EXECUTE FUNCTION "
                + schema.name() + ".dying()");
        Guardian a = instance("a");
        Guardian b = instance("b");
        fleet.ticks(3, a, b);
        assertThat(a.fleet().orElseThrow().state().duties()).containsExactly("main");
        assertThat(OneStoreFleet.firing(a, "db_headroom")).as("a decided to say it").isNotNull();
        assertThat(fleet.count("SELECT COUNT(*) FROM fleet_notice")).as("nothing claimed: the claim rolled back with the entry").isZero();
        assertThat(fleet.said()).isEmpty();

        fleet.dies("a");
        fleet.sql("DROP TRIGGER dying ON " + schema.name() + ".guardian_outbox");
        fleet.ticks(3, b);

        assertThat(b.fleet().orElseThrow().state().duties()).containsExactly("main");
        assertThat(fleet.said()).filteredOn(n -> n.alert().condition().equals("db_headroom"))
                .as("the next holder says what the dead one could not").singleElement().satisfies(n -> {
                    assertThat(n.action()).isEqualTo(NotificationAction.TRIGGER);
                    assertThat(n.channel()).isEqualTo("ops-log");
                    assertThat(n.alert().labels()).containsEntry("instance", "b");
                });
        assertThat(fleet.count("SELECT COUNT(*) FROM fleet_notice WHERE action = 'TRIGGER' AND sent_by = 'b'")).isPositive();
    }

    @Test
    void anEntryOneInstanceCommittedIsDeliveredByAnothersDispatcherOnceTheFirstsClaimLapses() throws Exception {
        Guardian a = instance("a");
        Guardian b = instance("b");
        fleet.ticks(3, a, b);
        Notification trigger = fleet.said().stream().filter(n -> n.alert().condition().equals("db_headroom")).findFirst().orElseThrow();
        assertThat(trigger.alert().labels()).containsEntry("instance", "a");

        // a's dispatcher takes the entry for five minutes and dies before sending it; a never dispatches again
        JdbcOutbox outbox = new JdbcOutbox(store.dataSource());
        Outbox.Entry entry = outbox.due(clock.instant(), 100).stream().filter(e -> e.id().equals(trigger.id())).findFirst()
                .orElseThrow();
        assertThat(outbox.claim(entry, "a-dispatcher", clock.instant(), clock.instant().plus(Duration.ofMinutes(5)))).isTrue();
        List<Notification> delivered = new CopyOnWriteArrayList<>();
        OutboxDispatcher bDispatcher = new OutboxDispatcher(outbox, Map.of("ops-log", recording("ops-log", delivered),
                "duty-log", recording("duty-log", delivered)), ResilienceConfig.DEFAULT, clock, 100, null,
                new ClaimLease("b-dispatcher", Duration.ofMinutes(5)));

        assertThat(bDispatcher.drainAll(5)).extracting(DispatchOutcome::notificationId).as("a's claim still holds")
                .doesNotContain(trigger.id());
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        bDispatcher.drainAll(5);

        assertThat(delivered).filteredOn(n -> n.id().equals(trigger.id())).as("delivered once, by b").hasSize(1);
        assertThat(outbox.find(trigger.id()).orElseThrow().state()).isEqualTo(Outbox.State.DELIVERED);
    }

    @Test
    void anAckOfTheOldHoldersAlertThroughAnotherInstanceHoldsAfterTheHandover() throws Exception {
        Guardian a = instance("a");
        Guardian b = instance("b");
        fleet.ticks(3, a, b);
        String id = OneStoreFleet.firing(a, "db_headroom").id();
        assertThat(fleet.said()).filteredOn(n -> n.alert().condition().equals("db_headroom")).singleElement();

        HttpResponse<String> ack = fleet.ack(b, id);
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(202);

        fleet.dies("a");
        // well past the escalation's minute, counted from b's own alert
        fleet.ticks(30, b);

        assertThat(b.fleet().orElseThrow().state().duties()).containsExactly("main");
        AlertView atB = OneStoreFleet.firing(b, "db_headroom");
        assertThat(atB.acknowledged()).as("b treats the fleet's condition as acknowledged").isTrue();
        assertThat(atB.acknowledgedBy()).isEqualTo("ana");
        List<Notification> headroom = fleet.said().stream().filter(n -> n.alert().condition().equals("db_headroom")).toList();
        assertThat(headroom).filteredOn(n -> n.action() == NotificationAction.TRIGGER).as("no repeat, no escalation")
                .singleElement().satisfies(n -> assertThat(n.channel()).isEqualTo("ops-log"));
        assertThat(fleet.said()).filteredOn(n -> n.channel().equals("duty-log")).extracting(n -> n.alert().condition())
                .as("escalation suppressed for the acknowledged condition; the fleet's other, unacknowledged, escalates")
                .containsExactly("fleet_overcommitted");
    }

    private Guardian instance(String id) throws Exception {
        return fleet.instance(id, "[pool, condition]", fleet.pool(id + "-orders", 2), nearlyFull(), ENFORCE, fleet.fleetStore());
    }

    /** The watched database as the guardians read it: 13 of 14 connections taken. */
    private static ServerViewSource nearlyFull() {
        return ServerViewSource.of("main", now -> new ServerView("main", now, true, "", 14, 0, Map.of("active", 13), Map.of()),
                () -> { });
    }

    private static Notifier recording(String name, List<Notification> delivered) {
        return new Notifier() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String type() {
                return "log";
            }

            @Override
            public DeliveryResult deliver(Notification n) {
                delivered.add(n);
                return DeliveryResult.delivered(200, "recorded");
            }
        };
    }
}
