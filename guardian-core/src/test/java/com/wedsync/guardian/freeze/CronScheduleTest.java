package com.wedsync.guardian.freeze;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CronScheduleTest {

    @Test
    void matchesListsRangesStepsAndSundayAsSeven() {
        CronSchedule c = CronSchedule.parse("*/15 8-10 * * 6,7");

        assertThat(c.matches(LocalDateTime.parse("2026-12-05T08:45"))).isTrue();  // Saturday
        assertThat(c.matches(LocalDateTime.parse("2026-12-06T10:00"))).isTrue();  // Sunday
        assertThat(c.matches(LocalDateTime.parse("2026-12-06T10:05"))).isFalse();
        assertThat(c.matches(LocalDateTime.parse("2026-12-07T08:00"))).isFalse(); // Monday
    }

    @Test
    void restrictedDayOfMonthAndWeekdayMatchEitherAsCronDoes() {
        CronSchedule c = CronSchedule.parse("0 0 1 * 1");

        assertThat(c.matches(LocalDateTime.parse("2026-12-01T00:00"))).isTrue();  // 1st, a Tuesday
        assertThat(c.matches(LocalDateTime.parse("2026-12-07T00:00"))).isTrue();  // a Monday
        assertThat(c.matches(LocalDateTime.parse("2026-12-08T00:00"))).isFalse();
    }

    @Test
    void badExpressionsNameTheFieldAndValue() {
        assertThatThrownBy(() -> CronSchedule.parse("0 25 * * *")).hasMessageContaining("hour").hasMessageContaining("25");
        assertThatThrownBy(() -> CronSchedule.parse("0 8 * *")).hasMessageContaining("5 fields");
        assertThatThrownBy(() -> CronSchedule.parse("5-1 8 * * *")).hasMessageContaining("minute range");
        assertThatThrownBy(() -> CronSchedule.parse("*/0 8 * * *")).hasMessageContaining("minute");
        assertThatThrownBy(() -> CronSchedule.parse("0 ".repeat(150))).hasMessageContaining("at most 200");
    }
}
