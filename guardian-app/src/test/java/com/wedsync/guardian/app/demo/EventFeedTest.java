package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.scaling.AuditLog;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class EventFeedTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant AT = Instant.parse("2026-12-05T17:34:00Z");

    @Test
    void anOperatorsNoteInTheEventFeedIsEscaped() {
        EventFeed feed = new EventFeed(AuditLog.inMemory(), LONDON);

        feed.note(AT, "resize refused: \u001b]0;pwned\u0007\r\nSat 17:40  applied");

        assertThat(feed.last(5)).singleElement().satisfies(l -> assertThat(l.text())
                .isEqualTo("Sat 17:34  resize refused: \\u001b]0;pwned\\u0007\\r\\nSat 17:40  applied"));
    }
}
