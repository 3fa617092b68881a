package com.wedsync.guardian.alert.escalate;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.group.AlertGroup;
import com.wedsync.guardian.alert.group.DeliveryTarget;
import com.wedsync.guardian.alert.group.GroupFlusher;
import com.wedsync.guardian.alert.group.GroupSend;
import com.wedsync.guardian.alert.group.GroupTable;
import com.wedsync.guardian.alert.group.GroupingPolicy;
import com.wedsync.guardian.alert.route.RouteMatch;
import com.wedsync.guardian.alert.state.AlertRegistry;
import com.wedsync.guardian.alert.state.TrackedAlert;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.wedsync.guardian.alert.AlertFixtures.T0;
import static com.wedsync.guardian.alert.AlertFixtures.alert;
import static com.wedsync.guardian.alert.AlertFixtures.registry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalatorTest {

    private static final EscalationPolicy WEDDING_DAY = EscalationPolicy.builder("wedding-day")
            .level(EscalationLevel.builder().delay(Duration.ofMinutes(5)).channels("oncall").build())
            .level(EscalationLevel.builder().delay(Duration.ofMinutes(15)).channels("exec-sms", "exec-email")
                    .fallbacks("ops-slack").executive(true).build())
            .build();
    private static final RouteMatch ROUTE = new RouteMatch("0", List.of("ops-slack"),
            GroupingPolicy.builder().groupBy("pool").groupWait(Duration.ZERO).build(), "wedding-day");

    private final AlertRegistry registry = registry();
    private final GroupTable table = new GroupTable(10);
    private final Escalator escalator = new Escalator(Map.of("wedding-day", WEDDING_DAY));
    private AlertGroup group;

    /** Fires the alert at T0 and sends the group's first notification (level 0), as the pipeline would. */
    private TrackedAlert firstNotification(Alert a) {
        table.beginTick();
        TrackedAlert t = registry.update(T0, List.of(a)).iterator().next();
        table.place(ROUTE, GroupTable.keyOf(ROUTE, a.labels()), t, T0);
        group = table.all().iterator().next();
        assertThat(new GroupFlusher().flush(T0, group)).isPresent();
        return t;
    }

    private Optional<GroupSend> at(Duration after) {
        return escalator.step(T0.plus(after), group);
    }

    @Test
    void levelsAreReachedAsTheirDelaysPassWhileNobodyAcknowledges() {
        firstNotification(alert("orders", "saturation", "critical", 4, T0));

        assertThat(at(Duration.ofMinutes(4))).isEmpty();
        assertThat(at(Duration.ofMinutes(5))).hasValueSatisfying(s -> {
            assertThat(s.action()).isEqualTo(NotificationAction.TRIGGER);
            assertThat(s.targets()).containsExactly(new DeliveryTarget("oncall", List.of(), 1));
        });
        assertThat(at(Duration.ofMinutes(6))).isEmpty();
        assertThat(at(Duration.ofMinutes(15))).hasValueSatisfying(s -> assertThat(s.targets()).containsExactly(
                new DeliveryTarget("exec-sms", List.of("ops-slack"), 2),
                new DeliveryTarget("exec-email", List.of("ops-slack"), 2)));
        assertThat(group.level()).isEqualTo(2);
        assertThat(group.reached()).extracting(DeliveryTarget::channel)
                .containsExactly("ops-slack", "oncall", "exec-sms", "exec-email");
    }

    @Test
    void theExecutiveLevelIsNotReachedBelowCriticalityFour() {
        firstNotification(alert("orders", "saturation", "critical", 3, T0));

        assertThat(at(Duration.ofMinutes(5))).isPresent();
        assertThat(at(Duration.ofMinutes(15))).isEmpty();
        assertThat(at(Duration.ofHours(3))).isEmpty();
        assertThat(group.level()).isEqualTo(1);
    }

    @Test
    void theExecutiveLevelIsReachedOnceAWeddingRaisesCriticalityToFour() {
        firstNotification(alert("orders", "saturation", "critical", 3, T0));
        at(Duration.ofMinutes(5));
        assertThat(at(Duration.ofMinutes(20))).isEmpty();

        registry.update(T0.plus(Duration.ofMinutes(21)), List.of(alert("orders", "saturation", "critical", 4, T0)));

        assertThat(at(Duration.ofMinutes(21))).hasValueSatisfying(s ->
                assertThat(s.targets()).extracting(DeliveryTarget::level).containsOnly(2));
    }

    @Test
    void anAcknowledgementStopsEscalationAndIsAnnouncedOnceToEveryChannelReached() {
        TrackedAlert t = firstNotification(alert("orders", "saturation", "critical", 5, T0));
        at(Duration.ofMinutes(5));
        t.acknowledge("ana", T0.plus(Duration.ofMinutes(6)));

        assertThat(at(Duration.ofMinutes(6))).hasValueSatisfying(s -> {
            assertThat(s.action()).isEqualTo(NotificationAction.ACKNOWLEDGE);
            assertThat(s.targets()).extracting(DeliveryTarget::channel).containsExactly("ops-slack", "oncall");
        });
        assertThat(at(Duration.ofMinutes(7))).isEmpty();
        assertThat(at(Duration.ofHours(2))).isEmpty();
        assertThat(group.level()).isEqualTo(1);
    }

    @Test
    void aNewUnacknowledgedAlertRestartsTheClockFromTheLevelReached() {
        TrackedAlert t = firstNotification(alert("orders", "saturation", "critical", 5, T0));
        at(Duration.ofMinutes(5));
        t.acknowledge("ana", T0.plus(Duration.ofMinutes(6)));
        at(Duration.ofMinutes(6));

        table.beginTick();
        for (TrackedAlert x : registry.update(T0.plus(Duration.ofMinutes(30)), List.of(
                alert("orders", "saturation", "critical", 5, T0), alert("orders", "timeouts", "critical", 5, T0)))) {
            table.place(ROUTE, GroupTable.keyOf(ROUTE, x.alert().labels()), x, T0.plus(Duration.ofMinutes(30)));
        }

        assertThat(at(Duration.ofMinutes(30))).isEmpty();
        assertThat(at(Duration.ofMinutes(39))).isEmpty();
        assertThat(at(Duration.ofMinutes(40))).hasValueSatisfying(s ->
                assertThat(s.targets()).extracting(DeliveryTarget::channel).containsExactly("exec-sms", "exec-email"));
    }

    @Test
    void policiesRejectLevelsOutOfOrderAndLevelsWithoutChannels() {
        EscalationLevel later = EscalationLevel.builder().delay(Duration.ofMinutes(10)).channels("a").build();
        EscalationLevel sooner = EscalationLevel.builder().delay(Duration.ofMinutes(5)).channels("b").build();
        assertThatThrownBy(() -> EscalationPolicy.builder("p").level(later).level(sooner).build())
                .hasMessage("escalation p: level 2 delay must be greater than level 1's (PT10M), but was PT5M");
        assertThatThrownBy(() -> EscalationLevel.builder().delay(Duration.ofMinutes(1)).build())
                .hasMessage("channels must name at least one channel, but was []");
        assertThatThrownBy(() -> EscalationLevel.builder().delay(Duration.ZERO))
                .hasMessage("delay must be between 1ms and 30d, but was 0s");
    }
}
