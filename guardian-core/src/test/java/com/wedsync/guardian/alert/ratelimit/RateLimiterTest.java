package com.wedsync.guardian.alert.ratelimit;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.wedsync.guardian.alert.AlertFixtures.T0;
import static com.wedsync.guardian.alert.AlertFixtures.alert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

    private static Notification note(String group, String channel, int criticality) {
        Alert a = alert("pool-" + group, "saturation", "critical", criticality, T0);
        return new Notification("n-" + group + "-" + channel + "-" + criticality, "guardian-" + group, channel,
                NotificationAction.TRIGGER, a, List.of());
    }

    private static List<Notification> notes(int n, String channel, int criticality) {
        List<Notification> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(note("g" + i, channel, criticality));
        }
        return out;
    }

    private final RateLimiter slack = new RateLimiter(RateLimitPolicy.builder()
            .channel("ops-slack", VendorLimits.SLACK).build());

    @Test
    void slackGetsOneMessagePerSecondAndTheRestWaitInOrderNothingLost() {
        List<Notification> offered = notes(5, "ops-slack", 4);

        assertThat(slack.admit(T0, offered).admitted()).containsExactly(offered.get(0));
        assertThat(slack.waiting()).isEqualTo(4);
        assertThat(slack.admit(T0.plusMillis(500), List.of()).admitted()).isEmpty();
        assertThat(slack.admit(T0.plusSeconds(1), List.of()).admitted()).containsExactly(offered.get(1));
        assertThat(slack.admit(T0.plusSeconds(4), List.of()).admitted()).containsExactly(offered.get(2));
        List<Notification> rest = new ArrayList<>();
        for (int s = 5; s <= 7; s++) {
            rest.addAll(slack.admit(T0.plusSeconds(s), List.of()).admitted());
        }
        assertThat(rest).containsExactly(offered.get(3), offered.get(4));
        assertThat(slack.waiting()).isZero();
    }

    @Test
    void atCriticalityFiveEverythingPassesAtOnce() {
        List<Notification> emergency = notes(5, "ops-slack", 5);

        assertThat(slack.admit(T0, emergency).admitted()).containsExactlyElementsOf(emergency);
    }

    @Test
    void atCriticalityFourTheLimitHolds() {
        assertThat(slack.admit(T0, notes(5, "ops-slack", 4)).admitted()).hasSize(1);
    }

    @Test
    void anEmergencyOvertakesWaitingTrafficAndSpendsPermitsSoLaterTrafficSlowsDown() {
        slack.admit(T0, notes(2, "ops-slack", 3));
        Notification emergency = note("g1", "ops-slack", 5);

        RateLimiter.Admission a = slack.admit(T0.plusMillis(100), List.of(emergency));

        assertThat(a.admitted()).containsExactly(emergency);
        assertThat(a.waiting()).isZero();
        assertThat(slack.admit(T0.plusSeconds(1), notes(1, "ops-slack", 3)).admitted()).isEmpty();
    }

    @Test
    void aWaitingNotificationIsReplacedByANewerOneForTheSameGroupAndChannel() {
        Notification first = note("g0", "ops-slack", 3);
        Notification waitingOne = note("g1", "ops-slack", 3);
        Notification newer = new Notification("n-g1-update", "guardian-g1", "ops-slack", NotificationAction.RESOLVE,
                waitingOne.alert(), List.of());
        slack.admit(T0, List.of(first, waitingOne));

        slack.admit(T0.plusMillis(10), List.of(newer));

        assertThat(slack.waiting()).isEqualTo(1);
        assertThat(slack.admit(T0.plusSeconds(1), List.of()).admitted()).containsExactly(newer);
    }

    @Test
    void pagerDutyAllowsABurstOf120PerMinutePerRoutingKey() {
        RateLimiter pd = new RateLimiter(RateLimitPolicy.builder().channel("oncall", VendorLimits.PAGERDUTY).build());

        assertThat(pd.admit(T0, notes(130, "oncall", 4)).admitted()).hasSize(120);
        assertThat(pd.admit(T0.plusMillis(499), List.of()).admitted()).isEmpty();
        assertThat(pd.admit(T0.plusMillis(500), List.of()).admitted()).hasSize(1);
        assertThat(pd.admit(T0.plus(Duration.ofMinutes(1)), List.of()).admitted()).hasSize(9);
    }

    @Test
    void aRecipientLimitIsSharedByEveryChannelThatReachesThePhone() {
        RateLimitPolicy policy = RateLimitPolicy.builder()
                .recipient("exec-sms", "+15550002222", new RateLimit(1, Duration.ofMinutes(1), 2))
                .recipient("oncall-sms", "+15550002222", new RateLimit(1, Duration.ofMinutes(1), 2))
                .build();
        RateLimiter limiter = new RateLimiter(policy);
        Instant t = T0;

        List<Notification> admitted = limiter.admit(t, List.of(note("a", "exec-sms", 4), note("b", "oncall-sms", 4),
                note("c", "exec-sms", 4))).admitted();

        assertThat(admitted).extracting(Notification::channel).containsExactly("exec-sms", "oncall-sms");
        assertThat(limiter.admit(t.plusSeconds(59), List.of()).admitted()).isEmpty();
        assertThat(limiter.admit(t.plusSeconds(60), List.of()).admitted()).hasSize(1);
    }

    @Test
    void theQueueIsBoundedAndCountsWhatItDrops() {
        RateLimiter tiny = new RateLimiter(RateLimitPolicy.builder().channel("ops-slack", VendorLimits.SLACK)
                .maxDeferred(3).build());

        RateLimiter.Admission a = tiny.admit(T0, notes(10, "ops-slack", 2));

        assertThat(a.admitted()).hasSize(1);
        assertThat(a.waiting()).isEqualTo(3);
        assertThat(a.droppedTotal()).isEqualTo(6);
    }

    @Test
    void limitsRejectBadValuesNamingThem() {
        assertThatThrownBy(() -> RateLimit.of(0, Duration.ofSeconds(1))).hasMessage("permits must be between 1 and 1000000, but was 0");
        assertThatThrownBy(() -> new RateLimit(1, Duration.ZERO, 1)).hasMessage("period must be between 1ms and 30d, but was 0s");
        assertThatThrownBy(() -> new RateLimit(1, Duration.ofSeconds(1), 0)).hasMessage("burst must be between 1 and 1000000, but was 0");
        assertThatThrownBy(() -> RateLimitPolicy.builder().maxDeferred(0)).hasMessage("maxDeferred must be >= 1, but was 0");
        assertThat(VendorLimits.forType("resend")).contains(VendorLimits.RESEND);
        assertThat(VendorLimits.forType("log")).isEmpty();
    }
}
