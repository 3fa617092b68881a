package com.wedsync.guardian.app.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 1: a request body is read by its declared shape through the config reader. */
class JsonBodyTest {

    private static final Instant NOW = Instant.parse("2026-06-13T12:00:00Z");

    @Test
    void unknownFieldsAndValuesOutOfRangeAreNamedTogetherInOne400() {
        JsonBody b = JsonBody.parse("{\"actor\": \"ana\", \"reason\": \"r\", \"max\": 0, \"minIdle\": 20000, \"colour\": \"red\"}",
                Bodies.RESIZE).orElseThrow();
        b.required(Bodies.ACTOR);
        b.find(Bodies.MAX);
        b.find(Bodies.MIN_IDLE);

        assertThat(b.badRequest()).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(400));
        assertThat(b.badRequest().orElseThrow().body()).contains(
                "colour unknown key (known keys: actor, max, minIdle, reason)",
                "max must be between 1 and 10000, but was 0",
                "minIdle must be between 0 and 10000, but was 20000");
    }

    @Test
    void anExpiryIsBoundByTheLimitGivenAtRunTime() {
        JsonBody b = JsonBody.parse("{\"actor\": \"ana\", \"reason\": \"r\", \"ttl\": \"90m\"}", Bodies.EMERGENCY).orElseThrow();
        b.expiry(NOW, Duration.ofHours(1));
        JsonBody ok = JsonBody.parse("{\"actor\": \"ana\", \"reason\": \"r\", \"ttl\": \"30m\"}", Bodies.EMERGENCY).orElseThrow();

        assertThat(b.badRequest().orElseThrow().body()).contains("ttl must be between 1s and 1h, but was 90m");
        assertThat(ok.expiry(NOW, Duration.ofHours(1))).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(ok.badRequest()).isEmpty();
        assertThat(JsonBody.parse("[1]", Bodies.ACK)).isEmpty();
    }
}
