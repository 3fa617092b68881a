package com.wedsync.guardian.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.testing.Eventually;
import com.wedsync.guardian.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, item 3: a guardian whose venue clock is not the wall clock (the demo's) shows and accepts venue
 * time everywhere in its API: snapshots, health and context carry the venue time, an emergency's and an
 * override's ttl run on it, and they lapse when venue time passes, not real time.
 */
class VenueClockApiTest {

    private static final Instant VENUE = Instant.parse("2031-06-14T13:00:00Z");

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final MutableClock venue = new MutableClock(VENUE);
    private ApiFixture api;
    private Guardian guardian;

    @BeforeEach
    void start() {
        api = ApiFixture.start(ApiFixture.ALERTS_TO_LOG, b -> b.clock(Clock.systemUTC()).venueClock(venue));
        guardian = api.guardian;
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    @Test
    void poolsHealthAndContextShowVenueTime() throws Exception {
        JsonNode pool = get("/api/pools").path(0);

        assertThat(Instant.parse(pool.path("snapshot").path("at").asText())).isEqualTo(VENUE);
        assertThat(Instant.parse(pool.path("health").path("at").asText())).isEqualTo(VENUE);
        assertThat(Instant.parse(pool.path("context").path("at").asText())).isEqualTo(VENUE);
        assertThat(Instant.parse(get("/api/context").path("at").asText())).isEqualTo(VENUE);
    }

    @Test
    void anEmergencysAndAnOverridesTtlRunOnVenueTimeAndLapseWithIt() throws Exception {
        JsonNode emergency = post("/api/emergency", "{\"actor\":\"ana\",\"reason\":\"drill\",\"ttl\":\"2h\"}");
        JsonNode override = post("/api/overrides",
                "{\"actor\":\"ana\",\"reason\":\"drill\",\"ttl\":\"2h\",\"pool\":\"orders\",\"action\":\"grow\"}");

        assertThat(Instant.parse(emergency.path("declaredAt").asText())).isEqualTo(VENUE);
        assertThat(Instant.parse(emergency.path("until").asText())).isEqualTo(VENUE.plus(Duration.ofHours(2)));
        assertThat(Instant.parse(override.path("createdAt").asText())).isEqualTo(VENUE);
        assertThat(Instant.parse(override.path("expiresAt").asText())).isEqualTo(VENUE.plus(Duration.ofHours(2)));
        Eventually.await(Duration.ofSeconds(10), "the context raised to EMERGENCY by the declaration",
                () -> guardian.view().context().criticality().score() == 5);

        venue.advance(Duration.ofHours(2).plusSeconds(1));

        assertThat(get("/api/emergency").path("active").isNull()
                || get("/api/emergency").path("active").isEmpty()).as("lapsed in venue time").isTrue();
        assertThat(get("/api/overrides")).as("lapsed in venue time").isEmpty();
    }

    private JsonNode get(String path) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + guardian.httpPort() + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + guardian.httpPort() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + ApiFixture.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body());
    }
}
