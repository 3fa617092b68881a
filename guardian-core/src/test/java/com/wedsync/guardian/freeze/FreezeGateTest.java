package com.wedsync.guardian.freeze;

import com.wedsync.guardian.wedding.ContextAnalyzer;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.Wedding;
import com.wedsync.guardian.wedding.WeddingCalendar;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FreezeGateTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    static final ZoneId CHATHAM = ZoneId.of("Pacific/Chatham");

    private final FreezeGate gate = new FreezeGate(new ContextAnalyzer(ContextPolicy.defaults()), FreezePolicy.defaults());

    static Wedding wedding(String id, ZoneId zone, String localStart, String localEnd) {
        return new Wedding(id, "Wedding " + id, local(zone, localStart), local(zone, localEnd), zone, false,
                120, 15, "Venue " + id, "test");
    }

    static Instant local(ZoneId zone, String t) {
        return LocalDateTime.parse(t).atZone(zone).toInstant();
    }

    static FreezeQuery production(Instant at) {
        return new FreezeQuery("checkout", "production", at);
    }

    private FreezeDecision decide(WeddingCalendar cal, Instant at) {
        return gate.decide(production(at), FreezeFacts.of(cal));
    }

    @Test
    void londonFreezesOnTheVenueDateWhileUtcIsStillTheDayBefore() {
        WeddingCalendar cal = WeddingCalendar.of(List.of(wedding("l", LONDON, "2026-07-10T12:00", "2026-07-10T23:30")));

        FreezeDecision justAfterVenueMidnight = decide(cal, Instant.parse("2026-07-09T23:30:00Z")); // 00:30 BST on the 10th
        FreezeDecision afterTheDay = decide(cal, Instant.parse("2026-07-10T23:30:00Z"));            // 00:30 BST on the 11th

        assertThat(justAfterVenueMidnight.frozen()).isTrue();
        assertThat(justAfterVenueMidnight.reasons()).anyMatch(r -> r.contains("wedding today")
                && r.contains("Venue l") && r.contains("Europe/London") && r.contains("2026-07-10T12:00"));
        assertThat(justAfterVenueMidnight.until()).contains(Instant.parse("2026-07-10T23:00:00Z"));
        assertThat(afterTheDay.frozen()).isFalse();
        assertThat(afterTheDay.nextFreeze()).isEmpty();
    }

    @Test
    void newYorkWeddingInProgressAfterUtcMidnightFreezesUntilVenueMidnight() {
        WeddingCalendar cal = WeddingCalendar.of(List.of(wedding("ny", NEW_YORK, "2026-06-12T17:00", "2026-06-12T23:30")));

        FreezeDecision eveningEve = decide(cal, Instant.parse("2026-06-12T03:00:00Z"));  // 23:00 EDT on the 11th
        FreezeDecision inProgress = decide(cal, Instant.parse("2026-06-13T02:30:00Z")); // 22:30 EDT on the 12th

        assertThat(eveningEve.frozen()).isFalse();
        assertThat(eveningEve.nextFreeze()).contains(Instant.parse("2026-06-12T04:00:00Z"));
        assertThat(inProgress.frozen()).isTrue();
        assertThat(inProgress.reasons()).anyMatch(r -> r.contains("wedding in progress") && r.contains("America/New_York"));
        assertThat(inProgress.until()).contains(Instant.parse("2026-06-13T04:00:00Z"));
    }

    @Test
    void sydneyMorningOfTheWeddingIsProtectedWhileUtcIsTheEveningBefore() {
        WeddingCalendar cal = WeddingCalendar.of(List.of(wedding("s", SYDNEY, "2026-06-19T15:00", "2026-06-19T22:00")));

        FreezeDecision d = decide(cal, Instant.parse("2026-06-18T22:00:00Z")); // 08:00 AEST on the 19th

        assertThat(d.frozen()).isTrue();
        assertThat(d.reasons()).anyMatch(r -> r.startsWith("protected:") && r.contains("Australia/Sydney"));
        assertThat(d.until()).contains(Instant.parse("2026-06-19T14:00:00Z"));
    }

    @Test
    void chathamQuarterHourOffsetDecidesBothEdgesOfTheFreeze() {
        // Chatham is UTC+13:45 in December: local midnight on the 12th is 10:15Z on the 11th.
        WeddingCalendar cal = WeddingCalendar.of(List.of(wedding("c", CHATHAM, "2026-12-12T14:00", "2026-12-12T20:00")));

        FreezeDecision before = decide(cal, Instant.parse("2026-12-11T10:14:00Z"));
        FreezeDecision morning = decide(cal, Instant.parse("2026-12-11T19:15:00Z")); // 09:00 local on the 12th

        assertThat(before.frozen()).isFalse();
        assertThat(before.nextFreeze()).contains(Instant.parse("2026-12-11T10:15:00Z"));
        assertThat(morning.frozen()).isTrue();
        assertThat(morning.until()).contains(Instant.parse("2026-12-12T10:15:00Z"));
    }

    @Test
    void staleCalendarStillFreezesHomeZoneSaturdaysAndSaysItIsStale() {
        FreezeGate withHome = new FreezeGate(new ContextAnalyzer(ContextPolicy.builder().homeZone(LONDON).build()),
                FreezePolicy.defaults());
        FreezeFacts stale = new FreezeFacts(WeddingCalendar.empty(), Optional.of("last read 3 days ago"),
                Optional.empty(), List.of());

        FreezeDecision d = withHome.decide(production(local(LONDON, "2026-12-05T10:00")), stale);

        assertThat(d.frozen()).isTrue();
        assertThat(d.calendarStale()).isTrue();
        assertThat(d.reasons()).anyMatch(r -> r.contains("calendar is stale"))
                .anyMatch(r -> r.contains("Saturday") && r.contains("Europe/London"));
        assertThat(d.until()).contains(local(LONDON, "2026-12-05T22:00"));
        assertThat(d.nextFreeze()).contains(local(LONDON, "2026-12-12T08:00"));
    }

    @Test
    void ungatedEnvironmentIsAllowedByDefaultAndTheAnswerSaysSo() {
        WeddingCalendar cal = WeddingCalendar.of(List.of(wedding("l", LONDON, "2026-07-10T12:00", "2026-07-10T23:30")));
        FreezeQuery staging = new FreezeQuery("checkout", "staging", local(LONDON, "2026-07-10T13:00"));

        FreezeDecision d = gate.decide(staging, FreezeFacts.of(cal));
        FreezeDecision refused = new FreezeGate(new ContextAnalyzer(ContextPolicy.defaults()),
                FreezePolicy.builder().ungatedAllowed(false).build()).decide(staging, FreezeFacts.of(cal));

        assertThat(d.frozen()).isFalse();
        assertThat(d.gated()).isFalse();
        assertThat(d.reasons()).anyMatch(r -> r.contains("staging is not gated"));
        assertThat(refused.frozen()).isTrue();
    }

    @Test
    void exemptServiceIsAllowedDuringAWedding() {
        WeddingCalendar cal = WeddingCalendar.of(List.of(wedding("l", LONDON, "2026-07-10T12:00", "2026-07-10T23:30")));
        FreezeGate exempting = new FreezeGate(new ContextAnalyzer(ContextPolicy.defaults()),
                FreezePolicy.builder().exemptService("status-page").build());

        FreezeDecision d = exempting.decide(new FreezeQuery("status-page", "production",
                local(LONDON, "2026-07-10T13:00")), FreezeFacts.of(cal));

        assertThat(d.frozen()).isFalse();
        assertThat(d.reasons()).anyMatch(r -> r.contains("exempt"));
    }

    @Test
    void thresholdElevatedFreezesTheDayBeforeToo() {
        WeddingCalendar cal = WeddingCalendar.of(List.of(wedding("l", LONDON, "2026-07-10T12:00", "2026-07-10T23:30")));
        FreezeGate strict = new FreezeGate(new ContextAnalyzer(ContextPolicy.defaults()),
                FreezePolicy.builder().threshold(com.wedsync.guardian.wedding.Criticality.ELEVATED).build());

        FreezeDecision d = strict.decide(production(local(LONDON, "2026-07-09T10:00")), FreezeFacts.of(cal));

        assertThat(d.frozen()).isTrue();
        assertThat(d.reasons()).anyMatch(r -> r.contains("wedding tomorrow"));
        assertThat(d.until()).contains(local(LONDON, "2026-07-11T00:00"));
    }

    @Test
    void denyWindowFreezesAndWinsOverAnAllowWindow() {
        FreezeWindow deny = new FreezeWindow(FreezeWindow.Kind.DENY, CronSchedule.parse("0 9 * * 1-5"),
                Duration.ofHours(2), NEW_YORK);
        FreezeWindow allowAlways = new FreezeWindow(FreezeWindow.Kind.ALLOW, CronSchedule.parse("0 0 * * *"),
                Duration.ofDays(1), NEW_YORK);
        FreezeGate windows = new FreezeGate(new ContextAnalyzer(ContextPolicy.defaults()),
                FreezePolicy.builder().window(deny).window(allowAlways).build());

        FreezeDecision d = windows.decide(production(local(NEW_YORK, "2026-12-07T10:00")), FreezeFacts.of(WeddingCalendar.empty()));
        FreezeDecision after = windows.decide(production(local(NEW_YORK, "2026-12-07T11:00")), FreezeFacts.of(WeddingCalendar.empty()));

        assertThat(d.frozen()).isTrue();
        assertThat(d.reasons()).anyMatch(r -> r.contains("deny window '0 9 * * 1-5'"));
        assertThat(d.until()).contains(local(NEW_YORK, "2026-12-07T11:00"));
        assertThat(after.frozen()).isFalse();
        assertThat(after.nextFreeze()).contains(local(NEW_YORK, "2026-12-08T09:00"));
    }

    @Test
    void allowWindowsMakeEveryOtherTimeFrozen() {
        FreezeWindow mondays = new FreezeWindow(FreezeWindow.Kind.ALLOW, CronSchedule.parse("0 9 * * 1"),
                Duration.ofHours(8), LONDON);
        FreezeGate onlyMondays = new FreezeGate(new ContextAnalyzer(ContextPolicy.defaults()),
                FreezePolicy.builder().window(mondays).build());

        FreezeDecision tuesday = onlyMondays.decide(production(local(LONDON, "2026-12-08T10:00")),
                FreezeFacts.of(WeddingCalendar.empty()));

        assertThat(tuesday.frozen()).isTrue();
        assertThat(tuesday.reasons()).contains("outside every allow window");
        assertThat(tuesday.until()).contains(local(LONDON, "2026-12-14T09:00"));
    }

    @Test
    void declaredEmergencyFreezesWithNoEnd() {
        FreezeFacts emergency = new FreezeFacts(WeddingCalendar.empty(), Optional.empty(),
                Optional.of("primary database failover"), List.of());

        FreezeDecision d = gate.decide(production(Instant.parse("2026-12-08T10:00:00Z")), emergency);

        assertThat(d.frozen()).isTrue();
        assertThat(d.until()).isEmpty();
        assertThat(d.reasons()).anyMatch(r -> r.contains("emergency declared: primary database failover"));
    }

    @Test
    void breakGlassForThatServiceAndEnvironmentLetsTheDeployThroughAndIsNamed() {
        WeddingCalendar cal = WeddingCalendar.of(List.of(wedding("l", LONDON, "2026-07-10T12:00", "2026-07-10T23:30")));
        Instant at = local(LONDON, "2026-07-10T13:00");
        DeployOverride glass = new DeployOverride("o-1", "alice", "payment outage hotfix", at.minusSeconds(60),
                at.plusSeconds(3600), "checkout", "production");
        DeployOverride otherService = new DeployOverride("o-2", "bob", "unrelated", at.minusSeconds(60),
                at.plusSeconds(3600), "search", "production");

        FreezeDecision used = gate.decide(production(at), new FreezeFacts(cal, Optional.empty(), Optional.empty(),
                List.of(otherService, glass)));
        FreezeDecision notCovered = gate.decide(production(at), new FreezeFacts(cal, Optional.empty(),
                Optional.empty(), List.of(otherService)));

        assertThat(used.frozen()).isFalse();
        assertThat(used.override()).contains(glass);
        assertThat(used.reasons()).anyMatch(r -> r.contains("break-glass") && r.contains("alice"));
        assertThat(used.until()).contains(local(LONDON, "2026-07-11T00:00"));
        assertThat(notCovered.frozen()).isTrue();
        assertThat(notCovered.override()).isEmpty();
    }
}
