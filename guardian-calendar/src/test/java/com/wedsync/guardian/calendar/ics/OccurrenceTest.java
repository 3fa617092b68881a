package com.wedsync.guardian.calendar.ics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OccurrenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-10-25T20:00:00Z", "1999-01-01T00:00:00Z", "2025-12-31T23:59:59Z", "2025-01-02T03:04:05.500Z",
            "0999-01-01T00:00:00Z"})
    void isoKeysReadLikeInstantToString(String text) {
        Instant i = Instant.parse(text);
        assertThat(Occurrence.iso(i)).isEqualTo(i.toString());
    }
}
