package com.wedsync.guardian.app.fleet;

import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.runtime.ServerViewSource;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.scaling.ScalingMode;
import com.wedsync.guardian.scaling.ScalingPolicy;
import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.testing.Eventually;
import com.wedsync.guardian.testing.TcpProxy;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 12, an acknowledgement by a grouped fleet notification's dedup key, on the real PostgreSQL (a schema of its
 * own) and the instances' real HTTP APIs. Two guardians each hold both connections of their pool {@code orders}
 * (max 2, and their scaling may not grow it), so each sees {@code saturation}; the duty holder says it for the fleet,
 * grouped ("on 2 of 2 instances"), at once (group wait 0), and escalates to {@code duty-log} a minute later unless it
 * is acknowledged. The route groups by the instance too, so the dedup key the holder sends is one no other instance's
 * desk knows.
 */
class FleetDedupAckTest {

    private static final ScalingPolicy HELD_AT_TWO = ScalingPolicy.builder().mode(ScalingMode.ENFORCE).floor(2).ceiling(2)
            .saturationCeiling(40).headroomMargin(2).scaleDownWindow(Duration.ZERO).cooldown(Duration.ZERO).build();

    private final OneStoreFleet fleet;

    FleetDedupAckTest() throws SQLException {
        fleet = new OneStoreFleet("fleet_dedup_ack_test");
    }

    @AfterEach
    void cleanUp() throws Exception {
        fleet.close();
    }

    @Test
    void anAckByTheGroupsDedupKeyOnAnotherInstanceAcknowledgesTheFleetsAlertAcrossAHandover() throws Exception {
        Guardian a = instance("a", fleet.fleetStore());
        Guardian b = instance("b", fleet.fleetStore());
        // a takes the duty; from then on b beats first each round, so a groups b's saturation with its own
        fleet.ticks(1, a, b);
        fleet.ticks(3, b, a);
        assertThat(a.fleet().orElseThrow().state().duties()).containsExactly("main");
        Notification trigger = fleet.saidAbout("saturation").get(0);
        assertThat(trigger.alert().summary()).contains("on 2 of 2 instances: a, b");
        String dedupKey = trigger.dedupKey();
        assertThat(b.alerting().orElseThrow().desk().alerts()).as("b's desk knows nothing of the group").isEmpty();

        HttpResponse<String> unknown = fleet.ack(b, "guardian-0123456789abcdef");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        HttpResponse<String> ack = fleet.ack(b, dedupKey);
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(202);
        assertThat(ack.body()).contains("\"forwarded\" : \"" + dedupKey + "\"", "\"by\" : \"ana\"");

        // a applies it at its next heartbeat, and a minute and more later has not escalated it
        fleet.ticks(1, a, b);
        assertThat(OneStoreFleet.firing(a, "saturation")).satisfies(v -> {
            assertThat(v.acknowledged()).as("a's alert acknowledged").isTrue();
            assertThat(v.acknowledgedBy()).isEqualTo("ana");
        });
        fleet.ticks(15, a, b);
        assertThat(fleet.saidAbout("saturation")).extracting(Notification::action, Notification::channel).as("said once, its"
                + " acknowledgement once, no escalation").containsExactly(
                tuple(NotificationAction.TRIGGER, "ops-log"),
                tuple(NotificationAction.ACKNOWLEDGE, "ops-log"));

        fleet.dies("a");
        // well past the escalation's minute, counted from b's own alert
        fleet.ticks(30, b);

        assertThat(b.fleet().orElseThrow().state().duties()).containsExactly("main");
        assertThat(OneStoreFleet.firing(b, "saturation")).as("b has the fleet's condition firing now").satisfies(v -> {
            assertThat(v.summary()).as("a's lease ran out").contains("on 1 of 1 instances: b");
            assertThat(v.acknowledged()).as("b treats it as acknowledged").isTrue();
            assertThat(v.acknowledgedBy()).isEqualTo("ana");
        });
        assertThat(fleet.saidAbout("saturation")).extracting(Notification::action, Notification::channel)
                .as("nothing more said about it: no repeat, no escalation, after the handover either").containsExactly(
                tuple(NotificationAction.TRIGGER, "ops-log"),
                tuple(NotificationAction.ACKNOWLEDGE, "ops-log"));
    }

    @Test
    void anAckByDedupKeyWhileTheStoreCannotBeReachedIsRefusedAndGoesThroughOnceItCan() throws Exception {
        TcpProxy proxy = fleet.closing(TcpProxy.to("127.0.0.1", 5432));
        GuardianStore throughProxy = fleet.closing(GuardianStore.open(OneStoreFleet.PG.replace("5432",
                Integer.toString(proxy.port())) + "?currentSchema=" + fleet.schema.name(), "postgres", null, Duration.ofSeconds(1)));
        Guardian a = instance("a", fleet.fleetStore());
        Guardian b = instance("b", throughProxy.dataSource());
        fleet.ticks(4, a, b);
        String dedupKey = fleet.saidAbout("saturation").get(0).dedupKey();

        proxy.cut();
        HttpResponse<String> refused = fleet.ack(b, dedupKey);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.body()).contains("the fleet store cannot be reached");
        fleet.ticks(1, a);
        assertThat(OneStoreFleet.firing(a, "saturation").acknowledged()).as("nothing was kept").isFalse();

        proxy.restore();
        Eventually.await(Duration.ofSeconds(20), "the ack kept once b reaches the store again",
                () -> fleet.ack(b, dedupKey).statusCode() == 202);
        fleet.ticks(1, a);
        assertThat(OneStoreFleet.firing(a, "saturation").acknowledgedBy()).isEqualTo("ana");
    }

    private Guardian instance(String id, DataSource fleetStore) throws Exception {
        return fleet.instance(id, "[pool, condition, instance]", heldPool(id + "-orders"), roomy(), HELD_AT_TWO, fleetStore);
    }

    /** A pool of the fleet on the real PostgreSQL whose two connections the test holds: saturated. */
    private HikariDataSource heldPool(String name) throws SQLException {
        HikariDataSource ds = fleet.pool(name, 2);
        for (int i = 0; i < 2; i++) {
            fleet.closing(ds.getConnection());
        }
        return ds;
    }

    /** The watched database as the guardians read it: plenty of room, so the pools' saturation is the only condition. */
    private static ServerViewSource roomy() {
        return ServerViewSource.of("main", now -> new ServerView("main", now, true, "", 100, 0, Map.of("active", 4), Map.of()),
                () -> { });
    }
}
