package com.wedsync.guardian.alert.pipeline;

import com.wedsync.guardian.alert.AlertFigure;
import com.wedsync.guardian.alert.InMemoryOutbox;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.escalate.EscalationLevel;
import com.wedsync.guardian.alert.escalate.EscalationPolicy;
import com.wedsync.guardian.alert.group.GroupingPolicy;
import com.wedsync.guardian.alert.ratelimit.RateLimitPolicy;
import com.wedsync.guardian.alert.ratelimit.VendorLimits;
import com.wedsync.guardian.alert.route.LabelMatcher;
import com.wedsync.guardian.alert.route.Route;
import com.wedsync.guardian.alert.silence.Silence;
import com.wedsync.guardian.health.HealthReason;
import com.wedsync.guardian.health.HealthStatus;
import com.wedsync.guardian.health.PoolHealth;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static com.wedsync.guardian.alert.AlertFixtures.T0;
import static com.wedsync.guardian.alert.AlertFixtures.context;
import static com.wedsync.guardian.alert.AlertFixtures.figures;
import static com.wedsync.guardian.alert.AlertFixtures.health;
import static com.wedsync.guardian.alert.AlertFixtures.judged;
import static org.assertj.core.api.Assertions.assertThat;

/** The assembled pipeline, driven the way the scheduler and the HTTP API drive it. */
class AlertDeskTest {

    static AlertingConfig.Builder config() {
        return AlertingConfig.builder()
                .instance("guardian-1")
                .channels(List.of("ops-slack", "team-email", "oncall", "ops-phone", "exec-sms"))
                .routes(Route.builder()
                        .receivers("ops-slack", "team-email")
                        .grouping(GroupingPolicy.builder().groupBy("pool").groupWait(Duration.ofSeconds(10))
                                .groupInterval(Duration.ofMinutes(1)).repeatInterval(Duration.ofHours(1)).build())
                        .child(Route.builder().match("severity=critical").receivers("oncall")
                                .escalation("wedding-day").continueMatching(true).build())
                        .child(Route.builder().match("pool=~.+").build())
                        .build())
                .escalation(EscalationPolicy.builder("wedding-day")
                        .level(EscalationLevel.builder().delay(Duration.ofMinutes(5)).channels("ops-phone").build())
                        .level(EscalationLevel.builder().delay(Duration.ofMinutes(15)).channels("exec-sms")
                                .fallbacks("ops-phone").executive(true).build())
                        .build());
    }

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private AlertDesk desk = new AlertDesk(config().build(), outbox);

    private TickReport tick(Duration after, int criticality, PoolHealth... pools) {
        Instant now = T0.plus(after);
        List<PoolHealth> at = new ArrayList<>();
        for (PoolHealth p : pools) {
            at.add(new PoolHealth(p.pool(), now, p.status(), p.reasons(), p.figures()));
        }
        return desk.evaluate(now, at, context(now, criticality), false);
    }

    /** Ticks every 10 seconds from {@code from} to {@code to}, collecting what was enqueued. */
    private List<Notification> run(Duration from, Duration to, int criticality, PoolHealth... pools) {
        List<Notification> out = new ArrayList<>();
        for (Duration d = from; d.compareTo(to) <= 0; d = d.plusSeconds(10)) {
            out.addAll(tick(d, criticality, pools).enqueued());
        }
        return out;
    }

    private static PoolHealth saturated(String pool) {
        return health(pool, T0, "saturation", HealthStatus.DEGRADED);
    }

    private static List<String> channels(List<Notification> ns, NotificationAction action) {
        return ns.stream().filter(n -> n.action() == action).map(Notification::channel).collect(Collectors.toList());
    }

    @Test
    void aSaturationDuringAWeddingPagesOncallAndTellsSlackThroughContinue() {
        List<Notification> sent = run(Duration.ZERO, Duration.ofSeconds(10), 4, saturated("orders"));

        assertThat(channels(sent, NotificationAction.TRIGGER)).containsExactlyInAnyOrder("oncall", "ops-slack");
        assertThat(sent).filteredOn(n -> n.channel().equals("ops-slack")).singleElement()
                .satisfies(n -> assertThat(n.fallbacks()).containsExactly("team-email"));
        assertThat(sent).allSatisfy(n -> {
            assertThat(n.alert().labels()).containsEntry("severity", "critical").containsEntry("pool", "orders");
            assertThat(n.alert().context().guestsAtRisk()).isEqualTo(236);
        });
    }

    @Test
    void theSameSaturationOnAQuietDayIsAWarningForSlackOnly() {
        List<Notification> sent = run(Duration.ZERO, Duration.ofSeconds(10), 1, saturated("orders"));

        assertThat(channels(sent, NotificationAction.TRIGGER)).containsExactly("ops-slack");
        assertThat(sent.get(0).alert().labels()).containsEntry("severity", "warning");
    }

    @Test
    void reEvaluationNeverDuplicatesANotification() {
        run(Duration.ZERO, Duration.ofSeconds(10), 4, saturated("orders"));
        int stored = outbox.size();

        TickReport again = tick(Duration.ofSeconds(10), 4, saturated("orders"));
        List<Notification> quiet = run(Duration.ofSeconds(20), Duration.ofMinutes(4), 4, saturated("orders"));

        assertThat(again.enqueued()).isEmpty();
        assertThat(quiet).isEmpty();
        assertThat(outbox.size()).isEqualTo(stored);
    }

    @Test
    void unacknowledgedItEscalatesAndTheExecutiveLevelIsReachedDuringAWedding() {
        List<Notification> sent = run(Duration.ZERO, Duration.ofMinutes(16), 4, saturated("orders"));

        assertThat(channels(sent, NotificationAction.TRIGGER))
                .containsExactlyInAnyOrder("oncall", "ops-slack", "ops-phone", "exec-sms");
        assertThat(desk.alerts()).singleElement().satisfies(a -> assertThat(a.escalationLevel()).isEqualTo(2));
    }

    @Test
    void aResolvedAlertKeepsTheEscalationLevelItReachedIssue17() {
        run(Duration.ZERO, Duration.ofMinutes(16), 4, saturated("orders"));

        run(Duration.ofMinutes(17), Duration.ofMinutes(20), 4);

        assertThat(desk.alerts()).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(AlertView.RESOLVED);
            assertThat(a.escalationLevel()).isEqualTo(2);
        });
    }

    @Test
    void onAWeddingDayBeforeTheCeremonyTheExecutiveLevelIsNotReached() {
        PoolHealth critical = health("orders", T0, "saturation", HealthStatus.CRITICAL);

        List<Notification> sent = run(Duration.ZERO, Duration.ofMinutes(30), 3, critical);

        assertThat(channels(sent, NotificationAction.TRIGGER)).containsExactlyInAnyOrder("oncall", "ops-slack",
                "ops-phone");
    }

    @Test
    void anAcknowledgementStopsEscalationAndIsSentToEveryChannelReached() {
        run(Duration.ZERO, Duration.ofMinutes(6), 4, saturated("orders"));
        String id = desk.alerts().get(0).id();

        List<AlertView> acked = desk.acknowledge(id, "ana", T0.plus(Duration.ofMinutes(6)));
        List<Notification> after = run(Duration.ofMinutes(6).plusSeconds(10), Duration.ofMinutes(40), 4,
                saturated("orders"));

        assertThat(acked).singleElement().satisfies(a -> {
            assertThat(a.acknowledged()).isTrue();
            assertThat(a.acknowledgedBy()).isEqualTo("ana");
        });
        assertThat(channels(after, NotificationAction.TRIGGER)).isEmpty();
        assertThat(channels(after, NotificationAction.ACKNOWLEDGE))
                .containsExactlyInAnyOrder("oncall", "ops-slack", "ops-phone");
        assertThat(desk.acknowledge("no-such-alert", "ana", T0)).isEmpty();
    }

    @Test
    void theAllClearGoesToEveryChannelThatGotTheTriggerEscalationIncluded() {
        List<Notification> triggers = run(Duration.ZERO, Duration.ofMinutes(16), 4, saturated("orders"));

        List<Notification> after = run(Duration.ofMinutes(16).plusSeconds(10), Duration.ofMinutes(20), 4);

        List<Notification> resolves = after.stream().filter(n -> n.action() == NotificationAction.RESOLVE).toList();
        assertThat(resolves).extracting(Notification::channel)
                .containsExactlyInAnyOrderElementsOf(channels(triggers, NotificationAction.TRIGGER));
        assertThat(resolves).allSatisfy(n -> assertThat(n.alert().resolved()).isTrue());
        assertThat(resolves).filteredOn(n -> n.channel().equals("exec-sms")).singleElement()
                .satisfies(n -> assertThat(n.fallbacks()).containsExactly("ops-phone"))
                .satisfies(n -> assertThat(n.sentTo()).as("one send to the pager's route, escalation included")
                        .containsExactlyInAnyOrder("oncall", "ops-phone", "exec-sms"));
        for (Notification r : resolves) {
            assertThat(triggers).filteredOn(t -> t.channel().equals(r.channel())).singleElement()
                    .satisfies(t -> assertThat(t.dedupKey()).isEqualTo(r.dedupKey()));
        }
        assertThat(desk.alerts()).singleElement().satisfies(a -> assertThat(a.state()).isEqualTo("resolved"));
        assertThat(outbox.notifications()).extracting(Notification::id).doesNotHaveDuplicates();
    }

    @Test
    void anAlertThatCalmedDownStillSendsItsAllClearToThePagerThatGotItsTrigger() {
        List<Notification> triggers = run(Duration.ZERO, Duration.ofSeconds(10), 4, saturated("orders"));
        List<Notification> calmer = run(Duration.ofSeconds(20), Duration.ofMinutes(3), 1, saturated("orders"));

        List<Notification> after = run(Duration.ofMinutes(3).plusSeconds(10), Duration.ofMinutes(6), 1);

        assertThat(channels(triggers, NotificationAction.TRIGGER)).containsExactlyInAnyOrder("oncall", "ops-slack");
        assertThat(channels(calmer, NotificationAction.TRIGGER)).as("a warning now: no new page")
                .doesNotContain("oncall");
        assertThat(channels(after, NotificationAction.RESOLVE)).containsExactlyInAnyOrder("oncall", "ops-slack");
    }

    /** Issue 16: a trigger carries its pool's figures; the all-clear carries those at resolution and says so. */
    @Test
    void aTriggerCarriesThePoolsFiguresAndTheAllClearThoseAtResolution() {
        PoolHealth hot = judged("orders", T0, figures(38, 40, 6, 850), saturated("orders").reasons().get(0));
        PoolHealth calm = judged("orders", T0, figures(8, 40, 0, 3));

        List<Notification> triggers = run(Duration.ZERO, Duration.ofSeconds(10), 4, hot);
        List<Notification> after = run(Duration.ofSeconds(20), Duration.ofMinutes(3), 4, calm);

        assertThat(triggers).filteredOn(n -> n.action() == NotificationAction.TRIGGER).isNotEmpty().allSatisfy(n -> {
            assertThat(n.alert().figure(AlertFigure.USED)).hasValue(38);
            assertThat(n.alert().figure(AlertFigure.PENDING)).hasValue(6);
            assertThat(n.alert().figure(AlertFigure.WAIT_P99_MS)).hasValue(850);
        });
        assertThat(after).filteredOn(n -> n.action() == NotificationAction.RESOLVE).isNotEmpty().allSatisfy(n -> {
            assertThat(n.alert().resolved()).isTrue();
            assertThat(n.alert().figure(AlertFigure.USED)).hasValue(8);
            assertThat(n.alert().figure(AlertFigure.PENDING)).hasValue(0);
            assertThat(n.alert().figure(AlertFigure.WAIT_P99_MS)).hasValue(3);
        });
        assertThat(desk.alerts()).singleElement().satisfies(a -> assertThat(a.values())
                .containsEntry(AlertFigure.USED.key(), 8.0));
    }

    /** Issue 17, item 7: a group of two conditions reads "2 alerts: saturation and timeouts on orders". */
    @Test
    void aGroupOfTwoConditionsIsSummedUpInPlainEnglishWithTheirFigures() {
        PoolHealth both = judged("orders", T0, figures(38, 40, 6, 850), saturated("orders").reasons().get(0),
                new HealthReason("timeouts", HealthStatus.CRITICAL, "9 connection timeouts in the last 30s"));

        List<Notification> sent = run(Duration.ZERO, Duration.ofSeconds(10), 4, both);

        assertThat(sent).filteredOn(n -> n.channel().equals("ops-slack")).singleElement().satisfies(n -> {
            assertThat(n.alert().summary()).isEqualTo("2 alerts: saturation and timeouts on orders");
            assertThat(n.alert().figure(AlertFigure.USED)).hasValue(38);
            assertThat(n.sentTo()).as("team-email is its fallback, not a second target").containsExactly("ops-slack");
        });
    }

    @Test
    void aPoolThatIsDownInhibitsItsOwnSaturation() {
        PoolHealth downAndSaturated = new PoolHealth("orders", T0, HealthStatus.DOWN, List.of(
                health("orders", T0, "pool_down", HealthStatus.DOWN).reasons().get(0),
                saturated("orders").reasons().get(0)));

        List<Notification> sent = run(Duration.ZERO, Duration.ofSeconds(10), 1, downAndSaturated);

        assertThat(sent).isNotEmpty().allSatisfy(n -> assertThat(n.alert().condition()).isEqualTo("pool_down"));
        assertThat(desk.alerts()).filteredOn(a -> a.labels().get("condition").equals("saturation")).singleElement()
                .satisfies(a -> assertThat(a.inhibited()).isTrue());
    }

    @Test
    void aSilencedAlertIsNotNotifiedUntilTheSilenceExpires() {
        Silence s = desk.silences().create(List.of(LabelMatcher.parse("pool=orders")), "ana", "planned migration",
                null, T0.plus(Duration.ofMinutes(10)), T0);

        List<Notification> during = run(Duration.ZERO, Duration.ofMinutes(9), 4, saturated("orders"));
        AlertView view = desk.alerts().get(0);
        List<Notification> after = run(Duration.ofMinutes(10), Duration.ofMinutes(11), 4, saturated("orders"));

        assertThat(during).isEmpty();
        assertThat(view.silencedBy()).containsExactly(s.id());
        assertThat(channels(after, NotificationAction.TRIGGER)).containsExactlyInAnyOrder("oncall", "ops-slack");
    }

    @Test
    void theRateLimitHoldsAtCriticalityFourAndIsBypassedAtFive() {
        RateLimitPolicy slackOnly = RateLimitPolicy.builder().channel("ops-slack", VendorLimits.SLACK).build();
        PoolHealth[] ten = new PoolHealth[10];
        for (int i = 0; i < 10; i++) {
            ten[i] = saturated("pool" + i);
        }
        Predicate<Notification> slack = n -> n.channel().equals("ops-slack");

        desk = new AlertDesk(config().rateLimits(slackOnly).build(), outbox);
        long atFour = run(Duration.ZERO, Duration.ofSeconds(10), 4, ten).stream().filter(slack).count();
        outbox.clear();
        desk = new AlertDesk(config().rateLimits(slackOnly).build(), outbox);
        long atFive = run(Duration.ZERO, Duration.ofSeconds(10), 5, ten).stream().filter(slack).count();

        assertThat(atFour).isEqualTo(1);
        assertThat(atFive).isEqualTo(10);
    }

    @Test
    void poolsThatStopReportingResolveTheirAlerts() {
        run(Duration.ZERO, Duration.ofSeconds(10), 1, saturated("orders"), saturated("billing"));

        tick(Duration.ofSeconds(20), 1, saturated("orders"));
        List<String> within = desk.alerts().stream().map(a -> a.labels().get("pool") + ":" + a.state()).toList();
        tick(Duration.ofSeconds(40), 1, saturated("orders"));

        assertThat(within).as("kept firing for 30 s").containsExactly("orders:firing", "billing:firing");
        assertThat(desk.alerts()).extracting(a -> a.labels().get("pool") + ":" + a.state())
                .containsExactly("orders:firing", "billing:resolved");
    }

    @Test
    void aStormOfAThousandFlappingPoolsStaysBoundedAndQuietAndIsForgottenAfterwards() {
        desk = new AlertDesk(config().maxGroups(100).maxAlerts(1_500).resolvedRetention(Duration.ofMinutes(5))
                .build(), outbox);
        List<PoolHealth> odd = new ArrayList<>();
        List<PoolHealth> even = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            (i % 2 == 0 ? even : odd).add(saturated("pool" + i));
        }
        int maxGroups = 0;
        int maxAlerts = 0;
        for (int tick = 0; tick < 100; tick++) { // a minute of flapping, every 0.6 s
            Instant now = T0.plusMillis(600L * tick);
            List<PoolHealth> pools = new ArrayList<>(tick % 2 == 0 ? even : odd);
            pools.addAll((tick / 7) % 2 == 0 ? odd.subList(0, 100) : even.subList(0, 100));
            TickReport r = desk.evaluate(now, pools, context(now, 4), false);
            maxGroups = Math.max(maxGroups, r.groups());
            maxAlerts = Math.max(maxAlerts, r.firing() + r.resolved());
        }
        int duringStorm = outbox.size();

        assertThat(maxAlerts).isLessThanOrEqualTo(1_000);
        assertThat(maxGroups).isLessThanOrEqualTo(100 + 2); // the cap plus one overflow group per route reached
        assertThat(duringStorm).as("one trigger per group and channel, not one per flap").isLessThanOrEqualTo(4 * 102);
        Set<String> ids = outbox.notifications().stream().map(Notification::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(duringStorm);

        TickReport calm = null;
        for (int m = 1; m <= 20; m++) {
            Instant now = T0.plus(Duration.ofMinutes(m));
            calm = desk.evaluate(now, List.of(), context(now, 4), false);
        }
        assertThat(calm.groups()).isZero();
        assertThat(desk.alerts()).isEmpty();
    }
}
