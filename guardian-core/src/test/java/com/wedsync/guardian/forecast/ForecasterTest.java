package com.wedsync.guardian.forecast;

import com.wedsync.guardian.wedding.Wedding;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ForecasterTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LoadModel MODEL = LoadModel.defaults();
    private static final Forecaster FORECASTER = new Forecaster(MODEL);

    static Wedding wedding(String id, LocalDate date, int hour, ZoneId zone, int guests, int vendors) {
        Instant start = ZonedDateTime.of(date, LocalTime.of(hour, 0), zone).toInstant();
        return new Wedding(id, "wedding " + id, start, start.plus(Duration.ofHours(7)), zone, false, guests, vendors, "venue " + id, "test");
    }

    @Test
    void littlesLawTurnsRequestRateAndHoldTimeIntoConnections() {
        assertThat(MODEL.connectionsFor(36_000)).isCloseTo(1.0, within(1e-9)); // 10 req/s × 100 ms
    }

    @Test
    void withoutHistoryItFallsBackToCalendarPriorsWithLowConfidenceNeverNothing() {
        LocalDate saturday = LocalDate.of(2026, 6, 13);
        List<Wedding> weddings = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            weddings.add(wedding("w" + i, saturday, 16, LONDON, 116, 14));
        }
        Instant from = saturday.minusDays(1).atStartOfDay(LONDON).toInstant();
        Forecast f = FORECASTER.forecast("orders", weddings, List.of(), from, from.plus(Duration.ofHours(71)),
                Duration.ofHours(1), from);

        assertThat(f.points()).hasSize(72);
        assertThat(f.basis()).isEqualTo(Forecast.PRIORS);
        assertThat(f.accuracy().known()).isFalse();
        assertThat(f.points()).allSatisfy(p -> assertThat(p.confidence()).isLessThanOrEqualTo(0.2));
        ForecastPoint ceremony = pointAt(f, ZonedDateTime.of(saturday, LocalTime.of(16, 0), LONDON).toInstant());
        ForecastPoint night = pointAt(f, ZonedDateTime.of(saturday, LocalTime.of(3, 0), LONDON).toInstant());
        assertThat(ceremony.expectedConnections()).isGreaterThan(night.expectedConnections() * 3);
        assertThat(ceremony.weddingsActive()).isEqualTo(20);
        assertThat(night.weddingsActive()).isZero();
        assertThat(ceremony.high()).isGreaterThan(ceremony.expectedConnections());
    }

    @Test
    void aPointIsThePeakOfTheHoursItsStepCoversSoStepsAgree() {
        LocalDate saturday = LocalDate.of(2026, 6, 13);
        List<Wedding> weddings = List.of(wedding("w", saturday, 16, LONDON, 116, 14));
        Instant from = saturday.atStartOfDay(LONDON).toInstant();
        Instant to = from.plus(Duration.ofHours(23));
        List<ForecastPoint> hourly = FORECASTER.forecast("p", weddings, List.of(), from, to, Duration.ofHours(1), from).points();
        List<ForecastPoint> sixHourly = FORECASTER.forecast("p", weddings, List.of(), from, to, Duration.ofHours(6), from).points();

        assertThat(sixHourly).hasSize(4);
        for (int i = 0; i < 4; i++) {
            List<ForecastPoint> hours = hourly.subList(6 * i, 6 * i + 6);
            ForecastPoint p = sixHourly.get(i);
            assertThat(p.at()).isEqualTo(hours.get(0).at());
            assertThat(p.expectedConnections()).isEqualTo(hours.stream().mapToDouble(ForecastPoint::expectedConnections).max().orElseThrow());
            assertThat(p.high()).isEqualTo(hours.stream().mapToDouble(ForecastPoint::high).max().orElseThrow());
            assertThat(p.weddingsActive()).isEqualTo(hours.stream().mapToInt(ForecastPoint::weddingsActive).max().orElseThrow());
            assertThat(p.confidence()).isEqualTo(hours.stream().mapToDouble(ForecastPoint::confidence).min().orElseThrow());
        }
        assertThatThrownBy(() -> FORECASTER.forecast("p", weddings, List.of(), from, to, Duration.ofMinutes(90), from))
                .hasMessageContaining("step must be a whole number of hours");
    }

    @Test
    void theDayShapeFollowsVenueLocalTime() {
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        LocalDate day = LocalDate.of(2026, 11, 14);
        List<Wedding> w = List.of(wedding("syd", day, 16, sydney, 200, 20));
        Instant sydneyCeremony = ZonedDateTime.of(day, LocalTime.of(16, 30), sydney).toInstant();
        Instant londonCeremony = ZonedDateTime.of(day, LocalTime.of(16, 30), LONDON).toInstant();
        assertThat(CalendarPrior.connectionsAt(sydneyCeremony, w, MODEL)).isGreaterThan(0.5);
        assertThat(CalendarPrior.connectionsAt(londonCeremony, w, MODEL)).isZero(); // 03:30 the next day in Sydney
    }

    @Test
    void theRsvpRunUpAddsLoadTwoToFourWeeksBefore() {
        LocalDate day = LocalDate.of(2026, 9, 12);
        List<Wedding> w = List.of(wedding("r", day, 15, LONDON, 150, 14));
        Instant threeWeeksBefore = ZonedDateTime.of(day.minusWeeks(3), LocalTime.NOON, LONDON).toInstant();
        Instant sixWeeksBefore = ZonedDateTime.of(day.minusWeeks(6), LocalTime.NOON, LONDON).toInstant();
        assertThat(CalendarPrior.connectionsAt(threeWeeksBefore, w, MODEL)).isGreaterThan(0);
        assertThat(CalendarPrior.connectionsAt(sixWeeksBefore, w, MODEL)).isZero();
    }

    @Test
    void withWeeksOfHistoryItLearnsTheWeeklyBaselineAndBeatsSeasonalNaive() {
        Instant start = LocalDate.of(2026, 5, 4).atStartOfDay(LONDON).toInstant(); // a Monday
        List<Wedding> weddings = new ArrayList<>();
        Random rnd = new Random(7);
        for (int week = 0; week < 10; week++) {
            LocalDate saturday = LocalDate.of(2026, 5, 9).plusWeeks(week);
            int n = 5 + rnd.nextInt(40); // busy and quiet Saturdays alternate unpredictably
            for (int i = 0; i < n; i++) {
                weddings.add(wedding("w" + week + "-" + i, saturday, 13 + rnd.nextInt(4), LONDON, 80 + rnd.nextInt(80), 10 + rnd.nextInt(8)));
            }
        }
        List<LoadObservation> history = new ArrayList<>();
        Instant now = start.plus(Duration.ofDays(56));
        for (Instant t = start; t.isBefore(now); t = t.plus(Duration.ofMinutes(15))) {
            int hour = t.atZone(LONDON).getHour();
            double office = hour >= 9 && hour < 18 ? 4 : 1;
            double truth = office + 1.3 * CalendarPrior.connectionsAt(t, weddings, MODEL) + rnd.nextGaussian() * 0.5;
            history.add(new LoadObservation(t, Math.max(0, truth)));
        }

        Forecast f = FORECASTER.forecast("orders", weddings, history, now, now.plus(Duration.ofDays(7)), Duration.ofHours(1), now);

        assertThat(f.basis()).isEqualTo(Forecast.FITTED);
        assertThat(f.accuracy().mase()).isLessThan(0.8);
        assertThat(Math.abs(f.accuracy().bias())).isLessThan(0.5);
        assertThat(f.points().get(0).confidence()).isGreaterThan(0.5);
        ForecastPoint tuesdayOffice = pointAt(f, ZonedDateTime.of(LocalDate.of(2026, 7, 1), LocalTime.of(11, 0), LONDON).toInstant());
        assertThat(tuesdayOffice.expectedConnections()).isCloseTo(4.0, within(0.6));
    }

    @Test
    void accuracyIsMaseAgainstSeasonalNaiveAndBias() {
        ForecastAccuracy a = ForecastAccuracy.measure(new double[]{10, 20, 30}, new double[]{11, 19, 27}, new double[]{20, 10, 30});
        assertThat(a.mase()).isCloseTo((1 + 1 + 3) / 20.0, within(1e-9));
        assertThat(a.bias()).isCloseTo(-1.0, within(1e-9));
        assertThat(ForecastAccuracy.measure(new double[0], new double[0], new double[0]).known()).isFalse();
        assertThatThrownBy(() -> ForecastAccuracy.measure(new double[1], new double[2], new double[1]))
                .hasMessageContaining("same length");
    }

    @Test
    void badRangesAreRefusedByName() {
        Instant t = Instant.parse("2026-06-13T00:00:00Z");
        assertThatThrownBy(() -> FORECASTER.forecast("p", List.of(), List.of(), t, t.minusSeconds(1), Duration.ofHours(1), t))
                .hasMessageContaining("must not be before from");
        assertThatThrownBy(() -> FORECASTER.forecast("p", List.of(), List.of(), t, t, Duration.ZERO, t))
                .hasMessageContaining("step must be a positive duration");
        assertThatThrownBy(() -> LoadModel.builder().guestRequestsPerHour(-1)).hasMessage("guestRequestsPerHour must be >= 0, but was -1.0");
    }

    static ForecastPoint pointAt(Forecast f, Instant at) {
        return f.points().stream().filter(p -> p.at().equals(at)).findFirst().orElseThrow();
    }
}
