package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarSource;
import com.wedsync.guardian.calendar.CalendarSourceConfig;
import com.wedsync.guardian.calendar.RefreshingCalendar;
import com.wedsync.guardian.calendar.SourceType;
import com.wedsync.guardian.pool.PoolProbe;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.testing.Eventually;
import com.wedsync.guardian.testing.MutableClock;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.Wedding;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 2: an Error in one pass (a parser's StackOverflowError) never ends a background loop; it is
 * recorded, the next pass runs, and a loop that completes no pass shows in /healthz (503) and in /metrics.
 */
class BackgroundLoopsTest {

    private static final Instant T0 = Instant.parse("2026-10-17T10:00:00Z");

    @Test
    void anErrorInOneCalendarPollDoesNotEndPolling() {
        MutableClock clock = new MutableClock(T0);
        AtomicInteger loads = new AtomicInteger();
        CalendarSource source = new CalendarSource() {
            @Override
            public String name() {
                return "feed";
            }

            @Override
            public CalendarLoad load(Instant from, Instant to) {
                int n = loads.incrementAndGet();
                if (n == 2) {
                    throw new StackOverflowError();
                }
                return new CalendarLoad("feed", List.of(wedding("w" + Math.min(n, 3))), List.of(), "v" + n);
            }
        };
        CalendarSourceConfig config = CalendarSourceConfig.builder("feed", SourceType.ICS, "feed.ics")
                .pollInterval(Duration.ofSeconds(1)).build();
        try (Guardian guardian = Guardian.builder().clock(clock)
                .calendar(RefreshingCalendar.of(List.of(source), List.of(config)), ContextPolicy.defaults())
                .start()) {
            // Each check moves the clock past the poll interval, so every poll of the poller is due.
            Eventually.await(Duration.ofSeconds(20), Duration.ofMillis(50), "the source to be read after the Error",
                    () -> {
                        clock.advance(Duration.ofSeconds(2));
                        return guardian.calendar().get().weddings().stream().anyMatch(w -> w.id().equals("w3"));
                    });
            assertThat(loads.get()).isGreaterThanOrEqualTo(3);
            assertThat(((PolledCalendar) guardian.calendar()).sources(clock.instant()).get(0).lastError())
                    .as("a good read clears the error").isEmpty();
        }
    }

    /** A listener's failure (the starter's rescan while a bean factory closes, say) ends neither the tick nor the others. */
    @Test
    void aTickListenerThatThrowsStopsNeitherTheOtherListenersNorTheTick() {
        AtomicInteger heard = new AtomicInteger();
        try (Guardian guardian = Guardian.builder().clock(new MutableClock(T0)).start()) {
            guardian.onTick(v -> {
                throw new IllegalStateException("bean factory closing");
            });
            guardian.onTick(v -> heard.incrementAndGet());
            int before = heard.get();

            GuardianView view = guardian.tick();

            assertThat(view).as("the tick completes and returns its view").isNotNull();
            assertThat(heard.get()).as("the listener after the failing one").isGreaterThan(before);
        }
    }

    @Test
    void aTickThatKeepsFailingIsStalledOnHealthzAndInMetricsAndRecoversWhenItPasses() throws Exception {
        MutableClock clock = new MutableClock(T0);
        AtomicBoolean broken = new AtomicBoolean(true);
        AtomicInteger snapshots = new AtomicInteger();
        PoolProbe probe = new PoolProbe() {
            @Override
            public String name() {
                return "orders";
            }

            @Override
            public PoolSnapshot snapshot(Instant now) {
                snapshots.incrementAndGet();
                if (broken.get()) {
                    throw new StackOverflowError();
                }
                return PoolSnapshot.down("orders", now, "test");
            }
        };
        try (Guardian guardian = Guardian.builder().clock(clock).probe(probe).tick(Duration.ofMillis(100))
                .http("127.0.0.1", 0).start()) {
            Eventually.await(Duration.ofSeconds(10), "ticks to go on after an Error", () -> snapshots.get() >= 3);
            assertThat(get(guardian, "/healthz").statusCode()).as("not stalled yet").isEqualTo(200);

            clock.advance(Duration.ofSeconds(31));

            HttpResponse<String> stalled = get(guardian, "/healthz");
            assertThat(stalled.statusCode()).isEqualTo(503);
            assertThat(stalled.body()).contains("\"status\" : \"stalled\"",
                    "loop 'tick' has completed no pass since " + T0, "StackOverflowError");
            assertThat(get(guardian, "/metrics").body()).contains("guardian_loop_stalled{loop=\"tick\"} 1.0",
                    "guardian_loop_since_success_seconds{loop=\"tick\"} 31.0");

            broken.set(false);
            Eventually.await(Duration.ofSeconds(10), "the tick to pass again",
                    () -> get(guardian, "/healthz").statusCode() == 200);
            assertThat(get(guardian, "/metrics").body()).contains("guardian_loop_stalled{loop=\"tick\"} 0.0");
        }
    }

    private static Wedding wedding(String id) {
        Instant start = T0.plus(Duration.ofDays(1));
        return new Wedding(id, "Ava & Noah", start, start.plus(Duration.ofHours(8)), ZoneOffset.UTC, false, 100, 10,
                "Kew", "feed");
    }

    private static HttpResponse<String> get(Guardian guardian, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + guardian.httpPort() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
