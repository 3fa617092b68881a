package com.wedsync.guardian.calendar;

import com.wedsync.guardian.wedding.Wedding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 3, "Bad input": a feed answering 404/500/HTML/garbage/endless: a clear error, the last good copy kept. */
class RefreshingCalendarTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    private LoopbackFeed feed;
    private RefreshingCalendar calendar;

    @BeforeEach
    void start() throws IOException {
        feed = new LoopbackFeed();
        feed.body.set(fixture("google-export.ics"));
        CalendarSourceConfig config = CalendarSourceConfig.builder("uk", SourceType.ICS, feed.url())
                .pollInterval(Duration.ofMinutes(5))
                .staleAfter(Duration.ofMinutes(30))
                .readTimeout(Duration.ofSeconds(15))
                .maxBytes(256 * 1024)
                .build();
        calendar = RefreshingCalendar.of(List.of(config));
    }

    @AfterEach
    void stop() {
        feed.close();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = RefreshingCalendarTest.class.getResourceAsStream("/ics/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void firstRefreshLoadsTheFeedAndRecordsWhen() {
        assertThat(calendar.stale(T0)).isTrue();
        assertThat(calendar.lastRefreshed()).isEmpty();

        calendar.refresh(T0);

        assertThat(calendar.calendar().weddings()).extracting(Wedding::id).contains("g-single-1@google.com");
        assertThat(calendar.lastRefreshed()).contains(T0);
        assertThat(calendar.stale(T0)).isFalse();
        assertThat(calendar.problems()).isEmpty();
    }

    @Test
    void everyKindOfBadAnswerKeepsTheLastGoodCopyWithAClearError() {
        calendar.refresh(T0);
        int good = calendar.calendar().size();
        Instant t = T0;
        for (LoopbackFeed.Mode bad : List.of(LoopbackFeed.Mode.NOT_FOUND, LoopbackFeed.Mode.SERVER_ERROR,
                LoopbackFeed.Mode.HTML, LoopbackFeed.Mode.GARBAGE, LoopbackFeed.Mode.ENDLESS)) {
            feed.mode.set(bad);
            t = t.plus(Duration.ofMinutes(5));

            calendar.refresh(t);

            assertThat(calendar.calendar().size()).as("after %s", bad).isEqualTo(good);
            assertThat(calendar.lastRefreshed()).as("after %s", bad).contains(T0);
            assertThat(calendar.problems()).as("after %s", bad).singleElement().satisfies(p -> {
                assertThat(p.message()).contains("uk").doesNotContain("secret-token-abc123");
                switch (bad) {
                    case NOT_FOUND -> assertThat(p.message()).contains("HTTP 404");
                    case SERVER_ERROR -> assertThat(p.message()).contains("HTTP 500");
                    case HTML -> assertThat(p.message()).contains("HTML");
                    case GARBAGE -> assertThat(p.message()).contains("not iCalendar");
                    case ENDLESS -> assertThat(p.message()).contains("larger than");
                    default -> throw new AssertionError(bad);
                }
            });
        }
    }

    @Test
    void aFeedThatStallsMidBodyIsCutOffAtTheReadTimeout() {
        RefreshingCalendar impatient = RefreshingCalendar.of(List.of(CalendarSourceConfig.builder("slow", SourceType.ICS,
                feed.url()).readTimeout(Duration.ofSeconds(1)).build()));
        feed.mode.set(LoopbackFeed.Mode.STALL);

        impatient.refresh(T0);

        assertThat(impatient.lastRefreshed()).isEmpty();
        assertThat(impatient.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("slow").contains("no complete answer within 1 s")
                        .doesNotContain("secret-token-abc123"));
    }

    @Test
    void staleAfterTheConfiguredAgeWhenRefreshesKeepFailing() {
        calendar.refresh(T0);
        feed.mode.set(LoopbackFeed.Mode.SERVER_ERROR);

        calendar.refresh(T0.plus(Duration.ofMinutes(10)));
        assertThat(calendar.stale(T0.plus(Duration.ofMinutes(30)))).isFalse();
        calendar.refresh(T0.plus(Duration.ofMinutes(31)));

        assertThat(calendar.stale(T0.plus(Duration.ofMinutes(31)))).isTrue();
        assertThat(calendar.status(T0.plus(Duration.ofMinutes(31)))).singleElement().satisfies(s -> {
            assertThat(s.stale()).isTrue();
            assertThat(s.lastRefreshed()).contains(T0);
            assertThat(s.lastError()).hasValueSatisfying(m -> assertThat(m).contains("HTTP 500"));
        });
    }

    @Test
    void contextFromAStaleCalendarSaysSoAndKeepsSaturdayProtection() {
        RefreshingCalendar never = RefreshingCalendar.of(List.of(CalendarSourceConfig.builder("gone", SourceType.ICS,
                feed.url()).build()));
        feed.mode.set(LoopbackFeed.Mode.NOT_FOUND);
        Instant saturdayMorningLondon = Instant.parse("2025-06-14T09:00:00Z");
        never.refresh(saturdayMorningLondon);

        var ctx = never.contextAt(new com.wedsync.guardian.wedding.ContextAnalyzer(CalendarSources.contextPolicy(
                List.of(), List.of(java.time.ZoneId.of("Europe/London")))), saturdayMorningLondon);

        assertThat(ctx.protectedWindow()).isTrue();
        assertThat(ctx.reasons()).contains("calendar stale: never refreshed");
    }

    @Test
    void pollsOnlyWhenDueAndSendsIfNoneMatch() {
        calendar.refresh(T0);
        calendar.refresh(T0.plus(Duration.ofMinutes(1)));
        assertThat(feed.ifNoneMatch).hasSize(1);

        calendar.refresh(T0.plus(Duration.ofMinutes(5)));

        assertThat(feed.ifNoneMatch).containsExactly("", "\"v1\"");
        assertThat(calendar.calendar().size()).isGreaterThan(0);
        assertThat(calendar.lastRefreshed()).contains(T0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aChangedFeedReplacesTheCopy() throws IOException {
        calendar.refresh(T0);
        feed.body.set(fixture("apple-series.ics"));
        feed.etag.set("\"v2\"");

        boolean changed = calendar.refreshAll(T0.plus(Duration.ofSeconds(1)));

        assertThat(changed).isTrue();
        assertThat(calendar.calendar().weddings()).extracting(Wedding::title).allMatch(t -> t.contains("Barn"));
    }
}
