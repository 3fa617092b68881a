package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class CompressedDayTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void startsOnTheFridayEveningBeforeTheNextSaturdayInTheVenueZone() {
        Instant wednesday = Instant.parse("2026-12-02T12:00:00Z");
        assertThat(LocalDateTime.ofInstant(CompressedDay.nextFridayEvening(wednesday, LONDON), LONDON))
                .isEqualTo(LocalDateTime.parse("2026-12-04T22:00"));
    }

    @Test
    void spendsMostOfItsRealTimeInTheCeremonyHoursAndNeverRunsBackwards() {
        MutableClock real = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));
        Instant start = CompressedDay.nextFridayEvening(real.instant(), LONDON);
        CompressedDay day = new CompressedDay(real, start, LONDON);

        real.advance(Duration.ofSeconds(12));
        assertThat(LocalDateTime.ofInstant(day.instant(), LONDON)).isEqualTo(LocalDateTime.parse("2026-12-05T08:00"));
        real.advance(Duration.ofSeconds(10));
        assertThat(LocalDateTime.ofInstant(day.instant(), LONDON)).isEqualTo(LocalDateTime.parse("2026-12-05T13:00"));
        real.advance(Duration.ofSeconds(15));
        assertThat(LocalDateTime.ofInstant(day.instant(), LONDON)).isEqualTo(LocalDateTime.parse("2026-12-05T16:00"));

        Instant previous = day.instant();
        for (int i = 0; i < 200; i++) {
            real.advance(Duration.ofMillis(500));
            assertThat(day.instant()).isAfterOrEqualTo(previous);
            previous = day.instant();
        }
        assertThat(LocalDateTime.ofInstant(previous, LONDON).toLocalDate()).isAfter(LocalDateTime.parse("2026-12-05T23:00").toLocalDate());
    }

    @Test
    void twiceAsFastReachesEachHourInHalfTheTimeAndKeepsItsStartWhenTheZoneChanges() {
        MutableClock real = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));
        Instant start = CompressedDay.nextFridayEvening(real.instant(), LONDON);
        CompressedDay day = new CompressedDay(real, start, LONDON, 2);

        real.advance(Duration.ofSeconds(6));
        assertThat(LocalDateTime.ofInstant(day.instant(), LONDON)).isEqualTo(LocalDateTime.parse("2026-12-05T08:00"));
        assertThat(day.withZone(ZoneId.of("UTC")).instant()).isEqualTo(day.instant());
        real.advance(Duration.ofSeconds(5));
        assertThat(LocalDateTime.ofInstant(day.instant(), LONDON)).isEqualTo(LocalDateTime.parse("2026-12-05T13:00"));
        assertThat(day.scaled(Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aSpeedOutOfRangeIsRefusedByName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CompressedDay(Clock.systemUTC(), Instant.EPOCH, LONDON, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("speed must be between 0.25 and 4.0, but was 10.0");
    }
}
