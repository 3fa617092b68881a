package com.wedsync.guardian.calendar.generated;

import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.wedding.Wedding;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratedSeasonTest {

    @Test
    void theGeneratedSeasonPutsMostWeddingsOnSaturdaysAndPeaksInSummer() {
        List<Wedding> w = GeneratedSeason.generate(3, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        long saturdays = w.stream().filter(x -> x.localDate().getDayOfWeek() == DayOfWeek.SATURDAY).count();
        assertThat((double) saturdays / w.size()).isBetween(0.5, 0.85);
        long august = w.stream().filter(x -> x.localDate().getMonthValue() == 8).count();
        long january = w.stream().filter(x -> x.localDate().getMonthValue() == 1).count();
        assertThat(august).isGreaterThan(january * 3);
        assertThat(w.stream().mapToInt(Wedding::guests).average().orElseThrow()).isBetween(100.0, 130.0);
    }

    @Test
    void asASourceItGivesTheSeasonOfTheWindowsDatesUnderItsName() {
        LocalDate from = LocalDate.of(2026, 6, 1);
        LocalDate to = LocalDate.of(2026, 7, 1);
        CalendarLoad load = new GeneratedSeason(7).load(from.atStartOfDay(ZoneOffset.UTC).toInstant(), to.atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(load.source()).isEqualTo("generated:7");
        assertThat(load.problems()).isEmpty();
        assertThat(load.weddings()).isNotEmpty().isEqualTo(GeneratedSeason.generate(7, from, to));
    }
}
