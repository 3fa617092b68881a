package com.wedsync.guardian.calendar.ics;

import net.fortuna.ical4j.model.Recur;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic fast path must give exactly what ical4j gives for the rules it takes. */
class SimpleRecurrenceTest {

    static final LocalDateTime SEED = LocalDateTime.of(2025, 10, 11, 16, 0); // a Saturday

    @ParameterizedTest
    @ValueSource(strings = {
            "FREQ=WEEKLY", "FREQ=WEEKLY;COUNT=10", "FREQ=WEEKLY;INTERVAL=2;COUNT=30", "FREQ=WEEKLY;BYDAY=SA",
            "FREQ=WEEKLY;UNTIL=20260301T000000Z;BYDAY=SA", "FREQ=DAILY;COUNT=400", "FREQ=DAILY;INTERVAL=3",
            "FREQ=WEEKLY;WKST=MO;BYDAY=SA;INTERVAL=1", "FREQ=DAILY;UNTIL=20251231"})
    void sameDatesAsIcal4j(String rule) {
        IcsTime seed = new IcsTime(SEED, ZoneId.of("America/New_York"), false, false);
        String local = SeriesExpander.localUntil(rule, seed);
        LocalDateTime lo = LocalDateTime.of(2025, 12, 1, 0, 0);
        LocalDateTime hi = LocalDateTime.of(2026, 6, 1, 0, 0);

        Optional<List<LocalDateTime>> fast = SimpleRecurrence.expand(local, SEED, until(local), lo, hi, 5000);
        List<LocalDateTime> slow = new Recur<LocalDateTime>(local).getDates(SEED, lo, hi, 5000);

        assertThat(fast).hasValueSatisfying(f -> assertThat(f).containsExactlyElementsOf(slow));
    }

    @Test
    void otherRulesAreLeftToIcal4j() {
        assertThat(SimpleRecurrence.expand("FREQ=MONTHLY;BYDAY=2SA", SEED, null, SEED, SEED.plusYears(1), 10)).isEmpty();
        assertThat(SimpleRecurrence.expand("FREQ=WEEKLY;BYDAY=SA,SU", SEED, null, SEED, SEED.plusYears(1), 10)).isEmpty();
        assertThat(SimpleRecurrence.expand("FREQ=WEEKLY;BYDAY=SU", SEED, null, SEED, SEED.plusYears(1), 10)).isEmpty();
    }

    private static LocalDateTime until(String localRule) {
        var m = java.util.regex.Pattern.compile("UNTIL=(\\d{8})(T(\\d{6}))?").matcher(localRule);
        if (!m.find()) {
            return null;
        }
        return m.group(2) == null
                ? java.time.LocalDate.parse(m.group(1), java.time.format.DateTimeFormatter.BASIC_ISO_DATE).atTime(23, 59, 59)
                : LocalDateTime.parse(m.group(1) + "T" + m.group(3), java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss"));
    }
}
