package com.wedsync.guardian.freeze;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FreezeWindowTest {

    private static FreezeWindow deny(String cron, Duration d, String zone) {
        return new FreezeWindow(FreezeWindow.Kind.DENY, CronSchedule.parse(cron), d, ZoneId.of(zone));
    }

    @Test
    void aYearlyWindowIsFoundOnceInItsOwnZone() {
        List<Instant[]> found = deny("0 8 25 12 *", Duration.ofHours(14), "Pacific/Chatham")
                .openings(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-01-30T00:00:00Z"));

        assertThat(found).hasSize(1);
        assertThat(found.get(0)[0]).isEqualTo(Instant.parse("2026-12-24T18:15:00Z")); // 08:00 at UTC+13:45
        assertThat(found.get(0)[1]).isEqualTo(Instant.parse("2026-12-25T08:15:00Z"));
    }

    @Test
    void anOpeningInTheSpringGapOpensAtTheFirstMinuteAfterIt() {
        // Europe/London skips 01:00-02:00 on 2026-03-29: 01:30 opens at 02:30 BST, 01:30Z.
        List<Instant[]> found = deny("30 1 * * *", Duration.ofHours(1), "Europe/London")
                .openings(Instant.parse("2026-03-28T12:00:00Z"), Instant.parse("2026-03-30T12:00:00Z"));

        assertThat(found).extracting(o -> o[0]).containsExactly(Instant.parse("2026-03-29T01:30:00Z"),
                Instant.parse("2026-03-30T00:30:00Z"));
    }

    @Test
    void anOpeningThatBeganBeforeTheRangeIsIncluded() {
        List<Instant[]> found = deny("0 22 * * 5", Duration.ofHours(60), "UTC")
                .openings(Instant.parse("2026-12-06T12:00:00Z"), Instant.parse("2026-12-06T13:00:00Z"));

        assertThat(found).extracting(o -> o[0]).containsExactly(Instant.parse("2026-12-04T22:00:00Z"));
    }

    @Test
    void aDurationBeyondAWeekIsRefusedNamingIt() {
        assertThatThrownBy(() -> deny("0 8 * * 6", Duration.ofDays(8), "UTC")).hasMessageContaining("duration must be between 1m and 7d");
    }
}
