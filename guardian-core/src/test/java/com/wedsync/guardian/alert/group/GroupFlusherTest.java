package com.wedsync.guardian.alert.group;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.route.RouteMatch;
import com.wedsync.guardian.alert.state.AlertRegistry;
import com.wedsync.guardian.alert.state.TrackedAlert;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.wedsync.guardian.alert.AlertFixtures.T0;
import static com.wedsync.guardian.alert.AlertFixtures.alert;
import static com.wedsync.guardian.alert.AlertFixtures.registry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupFlusherTest {

    private static final RouteMatch BY_CONDITION = new RouteMatch("0", List.of("ops-slack", "team-email"),
            GroupingPolicy.builder().groupBy("condition").groupWait(Duration.ofSeconds(30))
                    .groupInterval(Duration.ofMinutes(5)).repeatInterval(Duration.ofHours(1)).build(), "");

    private final AlertRegistry registry = registry();
    private final GroupTable table = new GroupTable(100);
    private final GroupFlusher flusher = new GroupFlusher();

    /** One tick of the grouping stage: the alerts given are active, the rest resolve. */
    private List<GroupSend> tick(Instant now, Alert... active) {
        table.beginTick();
        for (TrackedAlert t : registry.update(now, List.of(active))) {
            table.place(BY_CONDITION, GroupTable.keyOf(BY_CONDITION, t.alert().labels()), t, now);
        }
        table.sweep();
        List<GroupSend> sends = new ArrayList<>();
        for (AlertGroup g : table.all()) {
            flusher.flush(now, g).ifPresent(sends::add);
        }
        return sends;
    }

    private static Alert saturation(String pool) {
        return alert(pool, "saturation", "warning", 2, T0);
    }

    @Test
    void aNewGroupWaitsGroupWaitThenSendsEverythingThatArrivedAsOne() {
        assertThat(tick(T0, saturation("a"))).isEmpty();
        assertThat(tick(T0.plusSeconds(10), saturation("a"), saturation("b"))).isEmpty();

        List<GroupSend> sends = tick(T0.plusSeconds(30), saturation("a"), saturation("b"));

        assertThat(sends).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo(NotificationAction.TRIGGER);
            assertThat(s.alerts()).extracting(Alert::pool).containsExactly("a", "b");
            assertThat(s.targets()).containsExactly(new DeliveryTarget("ops-slack", List.of("team-email"), 0));
        });
    }

    @Test
    void anUnchangedFiringGroupIsNotSentAgainBeforeTheRepeatInterval() {
        tick(T0, saturation("a"));
        assertThat(tick(T0.plusSeconds(30), saturation("a"))).hasSize(1);

        Instant t = T0.plusSeconds(30);
        int sends = 0;
        for (int i = 1; i <= 59; i++) { // every minute up to 59 minutes later
            sends += tick(t.plus(Duration.ofMinutes(i)), saturation("a")).size();
        }
        assertThat(sends).isZero();
        assertThat(tick(t.plus(Duration.ofMinutes(65)), saturation("a"))).singleElement()
                .satisfies(s -> assertThat(s.action()).isEqualTo(NotificationAction.TRIGGER));
    }

    @Test
    void aChangeWaitsForTheGroupIntervalNotLonger() {
        tick(T0, saturation("a"));
        tick(T0.plusSeconds(30), saturation("a"));

        assertThat(tick(T0.plusSeconds(60), saturation("a"), saturation("b"))).isEmpty();
        assertThat(tick(T0.plusSeconds(329), saturation("a"), saturation("b"))).isEmpty();
        assertThat(tick(T0.plusSeconds(330), saturation("a"), saturation("b"))).singleElement()
                .satisfies(s -> assertThat(s.alerts()).extracting(Alert::pool).containsExactly("a", "b"));
    }

    @Test
    void aFlappingAlertInsideTheIntervalSendsNothingNew() {
        tick(T0, saturation("a"));
        tick(T0.plusSeconds(30), saturation("a"));

        for (int i = 1; i <= 20; i++) {
            Instant now = T0.plusSeconds(30 + i * 10L);
            List<GroupSend> sends = i % 2 == 0 ? tick(now, saturation("a")) : tick(now);
            assertThat(sends).as("tick %d", i).isEmpty();
        }
    }

    @Test
    void whenEverythingClearsTheResolveGoesToTheChannelsTheTriggerReachedAndTheGroupIsForgotten() {
        tick(T0, saturation("a"), saturation("b"));
        tick(T0.plusSeconds(30), saturation("a"), saturation("b"));

        assertThat(tick(T0.plusSeconds(330), saturation("a"))).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo(NotificationAction.TRIGGER);
            assertThat(s.alerts()).extracting(Alert::pool).containsExactly("a");
        });
        Optional<GroupSend> resolve = tick(T0.plusSeconds(630)).stream().findFirst();

        assertThat(resolve).hasValueSatisfying(s -> {
            assertThat(s.action()).isEqualTo(NotificationAction.RESOLVE);
            assertThat(s.targets()).extracting(DeliveryTarget::channel).containsExactly("ops-slack");
            assertThat(s.alerts()).extracting(Alert::pool).containsExactly("a");
        });
        tick(T0.plusSeconds(631));
        assertThat(table.size()).isZero();
    }

    @Test
    void anAlertThatClearsBeforeItWasEverSentOwesNoResolve() {
        tick(T0, saturation("a"));
        assertThat(tick(T0.plusSeconds(10))).isEmpty();
        assertThat(tick(T0.plusSeconds(40))).isEmpty();
        tick(T0.plusSeconds(50));
        assertThat(table.size()).isZero();
    }

    @Test
    void aFlappingAlertKeepsItsGroupSoItIsSentAfterGroupWaitNotNever() {
        List<GroupSend> sends = new ArrayList<>();
        for (int i = 0; i <= 10; i++) { // fires on even ticks, clears on odd ones, every 3 s
            Instant now = T0.plusSeconds(3L * i);
            sends.addAll(i % 2 == 0 ? tick(now, saturation("a")) : tick(now));
        }
        assertThat(sends).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo(NotificationAction.TRIGGER);
            assertThat(s.alerts()).extracting(Alert::pool).containsExactly("a");
        });
    }

    @Test
    void pastMaxGroupsNewGroupsShareTheRoutesOverflowGroup() {
        GroupTable small = new GroupTable(2);
        small.beginTick();
        for (TrackedAlert t : registry.update(T0, List.of(alert("a", "saturation", "warning", 1, T0),
                alert("a", "timeouts", "warning", 1, T0), alert("a", "wait_p99", "warning", 1, T0),
                alert("a", "suspected_leak", "warning", 1, T0)))) {
            small.place(BY_CONDITION, GroupTable.keyOf(BY_CONDITION, t.alert().labels()), t, T0);
        }
        assertThat(small.size()).isEqualTo(3);
        assertThat(small.all()).extracting(g -> g.members().size()).containsExactly(1, 1, 2);
    }

    @Test
    void theGroupingPolicyRejectsBadTimersNamingThem() {
        assertThatThrownBy(() -> GroupingPolicy.builder().groupWait(Duration.ofSeconds(-1)))
                .hasMessage("groupWait must be >= 0s, but was -1s");
        assertThatThrownBy(() -> GroupingPolicy.builder().groupInterval(Duration.ZERO))
                .hasMessage("groupInterval must be >= 1ms, but was 0s");
        assertThatThrownBy(() -> GroupingPolicy.builder().repeatInterval(Duration.ofMinutes(1)).build())
                .hasMessage("repeatInterval must be >= groupInterval (5m), but was 1m");
    }
}
