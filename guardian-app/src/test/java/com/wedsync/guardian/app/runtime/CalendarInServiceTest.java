package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.calendar.RefreshingCalendar;
import com.wedsync.guardian.calendar.SourceType;
import com.wedsync.guardian.testing.Eventually;
import com.wedsync.guardian.testing.MutableClock;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.Criticality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 3, item 5: the running service's context, and a calendar that fails to refresh keeps its last good copy. */
class CalendarInServiceTest {

    @TempDir
    Path dir;

    @Test
    void aFailedRefreshKeepsTheLastGoodCopyAndIsReportedStale() throws Exception {
        Path file = dir.resolve("weddings.json");
        Files.writeString(file, """
                [{"id": "w1", "title": "Ava & Noah", "start": "2026-10-17T13:00:00", "end": "2026-10-17T22:00:00",
                  "timeZone": "Europe/London", "guests": 150, "vendors": 16, "venue": "Kew"}]
                """);
        MutableClock clock = new MutableClock(Instant.parse("2026-10-17T14:00:00Z"));
        CalendarSourceConfig source = CalendarSourceConfig.builder("platform", SourceType.JSON, file.toString())
                .pollInterval(Duration.ofMinutes(1)).staleAfter(Duration.ofMinutes(10)).build();
        try (Guardian guardian = Guardian.builder().clock(clock)
                .calendar(RefreshingCalendar.of(List.of(source)),
                        ContextPolicy.builder().homeZone(ZoneId.of("Europe/London")).build())
                .tick(Duration.ofMillis(100))
                .http("127.0.0.1", 0)
                .start()) {
            Eventually.await(Duration.ofSeconds(10), "the wedding to be read",
                    () -> guardian.view().context().criticality() == Criticality.CRITICAL);
            assertThat(guardian.view().context().guestsAtRisk()).isEqualTo(150);

            Files.writeString(file, "{ this is not json");
            clock.advance(Duration.ofMinutes(2));
            // The API always has a lastError key (null until a refresh fails): wait for a value in it.
            Eventually.await(Duration.ofSeconds(10), "the failed refresh to be recorded",
                    () -> !get(guardian, "/api/context").contains("\"lastError\" : null"));
            assertThat(guardian.view().context().criticality()).isEqualTo(Criticality.CRITICAL);

            clock.advance(Duration.ofMinutes(10));
            // The API's stale flag is computed when asked, the context's reasons at the next tick: wait for both.
            Eventually.await(Duration.ofSeconds(10), "the calendar to be stale, in the context's reasons too", () -> {
                String now = get(guardian, "/api/context");
                return now.contains("\"stale\" : true") && now.contains("calendar stale");
            });
            String context = get(guardian, "/api/context");
            assertThat(context).contains("\"level\" : \"CRITICAL\"", "\"lastRefreshed\" : \"2026-10-17T14:00:00Z\"",
                    "calendar stale");
            assertThat(guardian.view().context().guestsAtRisk()).isEqualTo(150);
        }
    }

    private static String get(Guardian guardian, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + guardian.httpPort() + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
