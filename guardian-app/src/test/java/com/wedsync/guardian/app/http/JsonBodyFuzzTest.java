package com.wedsync.guardian.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 10: every route that takes a JSON body, fuzzed against the real guardian on loopback (a real
 * pool on PostgreSQL, the real engine, alerts and audit). Whatever the body or the path parameter, the answer is
 * a 2xx, or a 4xx whose body is a JSON object naming the problem; never a 500, never a stack trace; and it comes
 * within {@link #BOUND}. A short campaign (a few hundred tries) runs in every {@code ./mvnw verify}.
 */
class JsonBodyFuzzTest {

    /** Far above what any of these requests takes; a request that needs longer is a finding. */
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(BOUND).build();
    private static final List<String> ROUTES = List.of("/api/overrides", "/api/pools/{pool}/resize", "/api/emergency",
            "/api/emergency/clear", "/api/alerts/{id}/ack", "/api/silences", "/api/silences/{id}/expire");
    private static final List<String> FIELDS = List.of("actor", "reason", "ttl", "expiresAt", "pool", "action", "max",
            "minIdle", "who", "author", "comment", "matchers", "startsAt");

    private static ApiFixture guardian;

    @BeforeContainer
    static void start() {
        guardian = ApiFixture.start(ApiFixture.ALERTS_TO_LOG, b -> b);
    }

    @AfterContainer
    static void stop() throws Exception {
        guardian.close();
    }

    @Property(tries = 400)
    void anyBodyOnAnyRouteIsAnsweredWithA2xxOrAJson4xx(@ForAll("routes") String route, @ForAll("pathParams") String param,
                                                        @ForAll("bodies") String body) throws Exception {
        assertClean(post(route.replaceAll("\\{[a-z]+}", URLEncoder.encode(param, StandardCharsets.UTF_8)), body));
    }

    /** A body each route would accept, with one field given a hostile value: reaches past the first check. */
    @Property(tries = 400)
    void aNearlyValidBodyWithOneHostileFieldIsAnsweredWithA2xxOrAJson4xx(@ForAll("validBodies") Map.Entry<String, Map<String, Object>> valid,
                                                                          @ForAll("fields") String field,
                                                                          @ForAll("values") Object hostile) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(valid.getValue());
        body.put(field, hostile);
        assertClean(post(valid.getKey(), Json.write(body)));
    }

    @Example
    void aBodyNestedDeeperThanTheParserAllowsIsA400() throws Exception {
        assertClean(post("/api/overrides", "[".repeat(5_000) + "]".repeat(5_000)));
        assertClean(post("/api/silences", "{\"matchers\": " + "[".repeat(5_000)));
    }

    @Example
    void aBodyThatIsNotUtf8OrNotJsonIsA400() throws Exception {
        assertClean(post("/api/emergency", "\u0000\uFFFF\uD800"));
        assertClean(post("/api/pools/orders/resize", "{\"actor\": \"ana\", \"reason\": \"r\", \"max\": {\"a\": [1]}}"));
    }

    @Provide
    Arbitrary<Map.Entry<String, Map<String, Object>>> validBodies() {
        return Arbitraries.of(
                Map.entry("/api/overrides", Map.of("actor", "ana", "reason", "rush", "ttl", "2h", "pool", "orders", "action", "shrink")),
                Map.entry("/api/pools/orders/resize", Map.of("actor", "ana", "reason", "test", "max", "8", "minIdle", "2")),
                Map.entry("/api/emergency", Map.of("actor", "ana", "reason", "venue down", "ttl", "1h")),
                Map.entry("/api/alerts/any/ack", Map.of("who", "ana")),
                Map.entry("/api/silences", Map.of("matchers", List.of("pool=orders"), "author", "ana", "comment", "c", "ttl", "30m")));
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of(FIELDS);
    }

    @Provide
    Arbitrary<String> routes() {
        return Arbitraries.of(ROUTES);
    }

    @Provide
    Arbitrary<String> pathParams() {
        return Arbitraries.oneOf(Arbitraries.of("orders", "nope", ""), Arbitraries.strings().ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> objects = Arbitraries.maps(fields(), values()).ofMaxSize(FIELDS.size())
                .map(m -> Json.write(m));
        return Arbitraries.frequencyOf(
                Tuple.of(6, objects),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(200)),
                Tuple.of(1, Arbitraries.of("", "null", "[]", "{", "\"x\"", "1e999999", "{\"actor\":}")));
    }

    @Provide
    Arbitrary<Object> values() {
        Arbitrary<Object> text = Arbitraries.strings().ofMaxLength(300).map(s -> s);
        Arbitrary<Object> durations = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.longs(), Arbitraries.of("", "s", "m", "h", "d", "ms", "w")).as((n, u) -> n + u),
                Arbitraries.longs().map(n -> "PT" + n + "H"));
        Arbitrary<Object> instants = Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                .map(s -> Instant.ofEpochSecond(s).toString());
        Arbitrary<Object> numbers = Arbitraries.oneOf(Arbitraries.longs().map(n -> n), Arbitraries.doubles().map(d -> d),
                Arbitraries.of(Integer.MAX_VALUE, Integer.MIN_VALUE, 0, -1, Long.MAX_VALUE).map(n -> n));
        Arbitrary<Object> lists = Arbitraries.strings().ofMaxLength(40).list().ofMaxSize(4).map(l -> l);
        Arbitrary<Object> known = Arbitraries.of("orders", "*", "grow", "shrink", "any", "ana", "2h", "30m",
                "pool=orders", "pool=~.*", "condition!=x").map(s -> s);
        return Arbitraries.oneOf(text, durations, instants, numbers, lists, known,
                Arbitraries.of(true, false).map(b -> b), Arbitraries.just(null),
                Arbitraries.just(Map.of("nested", List.of(1, "two"))));
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + guardian.guardian.httpPort() + path))
                .timeout(BOUND)
                .header("Authorization", "Bearer " + ApiFixture.TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertClean(HttpResponse<String> r) throws Exception {
        Statistics.label("status").collect(r.statusCode());
        assertThat(r.statusCode() / 100).as("%s answered %s %s", r.uri(), r.statusCode(), r.body()).isIn(2, 4);
        assertThat(r.body()).doesNotContain("Exception", "\tat ", "\n\tat");
        if (r.statusCode() >= 400) {
            JsonNode error = Json.MAPPER.readTree(r.body());
            assertThat(error.path("error").isTextual()).as("a JSON error object: %s", r.body()).isTrue();
        }
    }
}
