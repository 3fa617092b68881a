package com.wedsync.guardian.wedding;

import com.wedsync.guardian.health.HealthStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContextAnalyzerTest {

    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati"); // UTC+14
    private static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");   // UTC-11
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ContextAnalyzer analyzer = new ContextAnalyzer(ContextPolicy.defaults());

    static Wedding wedding(String id, ZoneId zone, String localStart, String localEnd) {
        return new Wedding(id, "Wedding " + id, at(zone, localStart), at(zone, localEnd), zone, false,
                120, 15, "Venue " + id, "test");
    }

    static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    @Test
    void kiritimatiWeddingIsTomorrowThenTodayAcrossVenueMidnightNotUtcMidnight() {
        // Saturday 2025-06-14 15:00–22:00 in UTC+14 is Friday 01:00–08:00 UTC.
        WeddingCalendar cal = WeddingCalendar.of(List.of(wedding("k", KIRITIMATI, "2025-06-14T15:00", "2025-06-14T22:00")));

        WeddingContext beforeMidnight = analyzer.analyze(cal, at(KIRITIMATI, "2025-06-13T23:59:59"));
        WeddingContext afterMidnight = analyzer.analyze(cal, at(KIRITIMATI, "2025-06-14T00:00"));

        assertThat(beforeMidnight.criticality()).isEqualTo(Criticality.ELEVATED);
        assertThat(beforeMidnight.tomorrow()).extracting(Wedding::id).containsExactly("k");
        assertThat(afterMidnight.criticality()).isEqualTo(Criticality.HIGH);
        assertThat(afterMidnight.today()).extracting(Wedding::id).containsExactly("k");
        // At that instant UTC is still 2025-06-13 10:00: a UTC reading would have said "tomorrow".
        assertThat(LocalDate.ofInstant(afterMidnight.at(), ZoneId.of("UTC"))).isEqualTo(LocalDate.of(2025, 6, 13));
    }

    @Test
    void pagoPagoWeddingEndsAtVenueMidnightEvenThoughUtcIsNextMorning() {
        WeddingCalendar cal = WeddingCalendar.of(List.of(wedding("p", PAGO_PAGO, "2025-06-14T16:00", "2025-06-14T23:00")));

        assertThat(analyzer.analyze(cal, at(PAGO_PAGO, "2025-06-14T22:59")).criticality()).isEqualTo(Criticality.CRITICAL);
        assertThat(analyzer.analyze(cal, at(PAGO_PAGO, "2025-06-14T23:30")).criticality()).isEqualTo(Criticality.HIGH);
        assertThat(analyzer.analyze(cal, at(PAGO_PAGO, "2025-06-15T00:00")).criticality()).isEqualTo(Criticality.ROUTINE);
    }

    @Test
    void aucklandDatesDecideDuringNewZealandDaylightTime() {
        // 2025-12-20 is a Saturday; Auckland is UTC+13 in December.
        WeddingCalendar cal = WeddingCalendar.of(List.of(wedding("a", AUCKLAND, "2025-12-20T14:00", "2025-12-20T21:00")));

        assertThat(analyzer.analyze(cal, at(AUCKLAND, "2025-12-18T23:59")).criticality()).isEqualTo(Criticality.ROUTINE);
        assertThat(analyzer.analyze(cal, at(AUCKLAND, "2025-12-19T00:00")).criticality()).isEqualTo(Criticality.ELEVATED);
        assertThat(analyzer.analyze(cal, at(AUCKLAND, "2025-12-20T00:00")).criticality()).isEqualTo(Criticality.HIGH);
        assertThat(analyzer.analyze(cal, at(AUCKLAND, "2025-12-20T14:00")).criticality()).isEqualTo(Criticality.CRITICAL);
    }

    @Test
    void saturdayInHomeZoneIsProtectedWithAnEmptyCalendar() {
        ContextAnalyzer withHome = new ContextAnalyzer(ContextPolicy.builder().homeZone(LONDON).build());

        WeddingContext saturdayMorning = withHome.analyze(WeddingCalendar.empty(), at(LONDON, "2025-06-14T08:00"));
        WeddingContext saturdayLate = withHome.analyze(WeddingCalendar.empty(), at(LONDON, "2025-06-14T22:00"));
        WeddingContext fridayNoon = withHome.analyze(WeddingCalendar.empty(), at(LONDON, "2025-06-13T12:00"));

        assertThat(saturdayMorning.protectedWindow()).isTrue();
        assertThat(saturdayMorning.criticality()).isEqualTo(Criticality.ROUTINE);
        assertThat(saturdayMorning.reasons()).anyMatch(r -> r.contains("Saturday") && r.contains("Europe/London"));
        assertThat(saturdayLate.protectedWindow()).isFalse();
        assertThat(fridayNoon.protectedWindow()).isFalse();
    }

    @Test
    void protectedWindowCoversEightToTenOnTheWeddingDateAndItsOwnLaterSpan() {
        WeddingCalendar cal = WeddingCalendar.of(List.of(wedding("late", LONDON, "2025-06-11T17:00", "2025-06-12T01:30")));

        assertThat(analyzer.analyze(cal, at(LONDON, "2025-06-11T07:59")).protectedWindow()).isFalse();
        assertThat(analyzer.analyze(cal, at(LONDON, "2025-06-11T08:00")).protectedWindow()).isTrue();
        assertThat(analyzer.analyze(cal, at(LONDON, "2025-06-11T23:30")).protectedWindow()).isTrue();
        assertThat(analyzer.analyze(cal, at(LONDON, "2025-06-12T01:00")).protectedWindow()).isTrue();
        assertThat(analyzer.analyze(cal, at(LONDON, "2025-06-12T01:30")).protectedWindow()).isFalse();
    }

    @Test
    void aReceptionPastMidnightIsInProgressButDoesNotMakeTheNextDayAWeddingDay() {
        WeddingCalendar cal = WeddingCalendar.of(List.of(wedding("late", LONDON, "2025-06-14T17:00", "2025-06-15T01:30")));

        WeddingContext smallHours = analyzer.analyze(cal, at(LONDON, "2025-06-15T01:00"));
        WeddingContext nextMorning = analyzer.analyze(cal, at(LONDON, "2025-06-15T10:00"));
        WeddingContext dayBefore = analyzer.analyze(cal, at(LONDON, "2025-06-13T10:00"));

        assertThat(smallHours.criticality()).isEqualTo(Criticality.CRITICAL);
        assertThat(smallHours.guestsAtRisk()).isEqualTo(120);
        assertThat(nextMorning.criticality()).isEqualTo(Criticality.ROUTINE);
        assertThat(nextMorning.protectedWindow()).isFalse();
        assertThat(dayBefore.tomorrow()).extracting(Wedding::id).containsExactly("late");
    }

    @Test
    void emergencyOnlyWhilePoolSevereDuringAWeddingOrWhenDeclared() {
        WeddingCalendar cal = WeddingCalendar.of(List.of(wedding("e", LONDON, "2025-06-14T15:00", "2025-06-14T22:00")));
        WeddingContext during = analyzer.analyze(cal, at(LONDON, "2025-06-14T16:00"));
        WeddingContext morning = analyzer.analyze(cal, at(LONDON, "2025-06-14T09:00"));

        assertThat(during.withPoolHealth("orders", HealthStatus.DOWN).criticality()).isEqualTo(Criticality.EMERGENCY);
        assertThat(during.withPoolHealth(HealthStatus.CRITICAL).reasons()).anyMatch(r -> r.contains("CRITICAL"));
        assertThat(during.withPoolHealth(HealthStatus.DEGRADED).criticality()).isEqualTo(Criticality.CRITICAL);
        assertThat(morning.withPoolHealth(HealthStatus.DOWN).criticality()).isEqualTo(Criticality.HIGH);
        assertThat(WeddingContext.routine(Instant.EPOCH).withEmergencyDeclared("db migration gone wrong").criticality())
                .isEqualTo(Criticality.EMERGENCY);
    }

    @Test
    void guestsVendorsAndVenuesAtRiskCountTodayAndInProgressOnce() {
        WeddingCalendar cal = WeddingCalendar.of(List.of(
                wedding("a", LONDON, "2025-06-14T12:00", "2025-06-14T18:00"),
                wedding("b", LONDON, "2025-06-14T19:00", "2025-06-14T23:00"),
                wedding("c", LONDON, "2025-06-15T15:00", "2025-06-15T20:00")));

        WeddingContext ctx = analyzer.analyze(cal, at(LONDON, "2025-06-14T13:00"));

        assertThat(ctx.inProgress()).extracting(Wedding::id).containsExactly("a");
        assertThat(ctx.today()).extracting(Wedding::id).containsExactlyInAnyOrder("a", "b");
        assertThat(ctx.tomorrow()).extracting(Wedding::id).containsExactly("c");
        assertThat(ctx.guestsAtRisk()).isEqualTo(240);
        assertThat(ctx.vendorsAtRisk()).isEqualTo(30);
        assertThat(ctx.venues()).containsExactlyInAnyOrder("Venue a", "Venue b");
    }

    @Test
    void allDayWeddingOccupiesItsWholeLocalDayOnly() {
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        Instant start = LocalDate.of(2025, 11, 8).atStartOfDay(sydney).toInstant();
        Instant end = LocalDate.of(2025, 11, 9).atStartOfDay(sydney).toInstant();
        WeddingCalendar cal = WeddingCalendar.of(List.of(
                new Wedding("d", "All day", start, end, sydney, true, 116, 14, "", "test")));

        assertThat(analyzer.analyze(cal, at(sydney, "2025-11-08T00:00")).criticality()).isEqualTo(Criticality.CRITICAL);
        assertThat(analyzer.analyze(cal, at(sydney, "2025-11-08T23:59")).criticality()).isEqualTo(Criticality.CRITICAL);
        assertThat(analyzer.analyze(cal, at(sydney, "2025-11-09T00:00")).criticality()).isEqualTo(Criticality.ROUTINE);
    }

    @Test
    void peakSeasonIsPerHemisphere() {
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        ContextAnalyzer south = new ContextAnalyzer(ContextPolicy.builder()
                .season(new SeasonRule("au", sydney, PeakSeason.of(PeakSeason.Hemisphere.SOUTHERN))).build());
        ContextAnalyzer north = new ContextAnalyzer(ContextPolicy.builder()
                .season(new SeasonRule("uk", LONDON, PeakSeason.NORTHERN)).build());

        Instant july = at(sydney, "2025-07-12T12:00");
        Instant march = at(sydney, "2025-03-15T12:00");
        assertThat(south.analyze(WeddingCalendar.empty(), july).peakSeason()).isFalse();
        assertThat(south.analyze(WeddingCalendar.empty(), march).peakSeason()).isTrue();
        assertThat(north.analyze(WeddingCalendar.empty(), july).peakSeason()).isTrue();
        assertThat(north.analyze(WeddingCalendar.empty(), march).peakSeason()).isFalse();
    }

    @Test
    void sameIdFromTwoSourcesCountsOnce() {
        Wedding a = wedding("uid-1", LONDON, "2025-06-14T12:00", "2025-06-14T18:00");
        WeddingCalendar merged = WeddingCalendar.merge(List.of(WeddingCalendar.of(List.of(a)), WeddingCalendar.of(List.of(a))));

        assertThat(merged.size()).isEqualTo(1);
        assertThat(analyzer.analyze(merged, at(LONDON, "2025-06-14T13:00")).guestsAtRisk()).isEqualTo(120);
    }

    @Test
    void badPolicyValuesAreRejectedNamingTheField() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContextPolicy.builder()
                        .protectedHours(java.time.LocalTime.of(22, 0), java.time.LocalTime.of(8, 0)))
                .hasMessageContaining("protectedFrom must be before protectedTo, but was 22:00 and 08:00");
    }
}
