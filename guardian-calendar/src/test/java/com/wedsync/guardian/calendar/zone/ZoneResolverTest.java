package com.wedsync.guardian.calendar.zone;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ZoneResolverTest {

    private final ZoneResolver zones = ZoneResolver.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Europe/London|Europe/London",
            "AUS Eastern Standard Time|Australia/Sydney",
            "aus eastern standard time|Australia/Sydney",
            "Canberra, Melbourne, Sydney|Australia/Sydney",
            "(UTC+10:00) Canberra, Melbourne, Sydney|Australia/Sydney",
            "\"(UTC+10:00) Canberra, Melbourne, Sydney\"|Australia/Sydney",
            "(GMT+10.00) Canberra, Melbourne, Sydney|Australia/Sydney",
            "India Standard Time|Asia/Kolkata",
            "Nepal Standard Time|Asia/Kathmandu",
            "Aus Central W. Standard Time|Australia/Eucla",
            "Chatham Islands Standard Time|Pacific/Chatham",
            "Line Islands Standard Time|Pacific/Kiritimati",
            "(UTC-08:00) Pacific Time (US & Canada)|America/Los_Angeles",
            "Pacific Time (US & Canada), Tijuana|America/Los_Angeles",
            "Eastern Standard Time|America/New_York",
            "/mozilla.org/20050126_1/Europe/Berlin|Europe/Berlin",
            "/softwarestudio.org/Olson_20011030_5/America/New_York|America/New_York",
            "GMT+10:00|+10:00",
            "UTC|UTC"})
    void resolvesWhatCalendarsWrite(String name, String expected) {
        assertThat(zones.resolve(name)).contains(ZoneId.of(expected));
    }

    @Test
    void unknownNamesResolveToNothing() {
        assertThat(zones.resolve("Mars/Olympus_Mons")).isEmpty();
        assertThat(zones.resolve("")).isEmpty();
        assertThat(zones.resolve(null)).isEmpty();
    }

    @Test
    void bundledCldrTableIsComplete() {
        assertThat(WindowsZones.bundled().size()).isGreaterThanOrEqualTo(139);
    }
}
