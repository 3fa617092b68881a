package com.wedsync.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * The example as its team runs it: the service on PostgreSQL with the starter and application.yaml's few guardian
 * properties, its pool guarded, the wedding calendar file read, everything on the actuator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"guardian.store=jdbc:h2:mem:example-timeline;DB_CLOSE_DELAY=-1", "guardian.tick=200ms"})
class TimelineApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private Environment environment;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + environment.getRequiredProperty("local.server.port") + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theServiceIsGuardedWithItsCalendarAndShowsItOnTheActuator() throws Exception {
        assertThat(get("/timeline/kew").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode context = JSON.readTree(get("/actuator/guardian/context").body());
            assertThat(context.at("/calendar/sources/0/name").asText()).isEqualTo("weddings");
            assertThat(context.at("/calendar/weddings").asInt()).as(context.toString()).isGreaterThan(0);
            assertThat(get("/actuator/guardian/pools").body()).contains("\"name\":\"dataSource\"");
            assertThat(get("/actuator/health/guardian").body()).contains("dataSource");
            assertThat(get("/actuator/prometheus").body()).contains("guardian_wedding_criticality",
                    "db_client_connection_max{", "hikaricp_connections_max{");
        });
    }
}
