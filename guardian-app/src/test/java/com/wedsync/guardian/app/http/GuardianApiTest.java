package com.wedsync.guardian.app.http;

import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.jdbc.audit.JdbcAuditLog;
import com.wedsync.guardian.testing.Eventually;
import com.wedsync.guardian.wedding.Criticality;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The mutating API end to end, on a real pool over the real PostgreSQL: who may do what, and what it does. */
class GuardianApiTest {

    private static final String TOKEN = ApiFixture.TOKEN;
    private final List<Connection> held = new ArrayList<>();
    private ApiFixture fx;
    private HikariDataSource ds;
    private Guardian guardian;
    private GuardianStore store;

    @BeforeEach
    void start() {
        fx = ApiFixture.start(ApiFixture.ALERTS_TO_LOG, b -> b);
        ds = fx.ds;
        guardian = fx.guardian;
        store = fx.store;
    }

    @AfterEach
    void stop() throws Exception {
        for (Connection c : held) {
            c.close();
        }
        fx.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return fx.get(path);
    }

    private HttpResponse<String> post(String path, String body, String token) throws Exception {
        return fx.post(path, body, token);
    }

    @Test
    void anOverrideNeedsTheTokenAndEveryFieldAndIsShownOnceGranted() throws Exception {
        assertThat(post("/api/overrides", "{}", null).statusCode()).isEqualTo(401);
        HttpResponse<String> missing = post("/api/overrides", "{\"reason\": \"ceremony rush\"}", TOKEN);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("actor is required");
        HttpResponse<String> noExpiry = post("/api/overrides",
                "{\"actor\": \"ana\", \"reason\": \"ceremony rush\", \"pool\": \"orders\", \"action\": \"shrink\"}", TOKEN);
        assertThat(noExpiry.statusCode()).isEqualTo(400);
        assertThat(noExpiry.body()).contains("expiresAt");

        HttpResponse<String> granted = post("/api/overrides", "{\"actor\": \"ana\", \"reason\": \"ceremony rush\","
                + " \"ttl\": \"2h\", \"pool\": \"orders\", \"action\": \"shrink\"}", TOKEN);

        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        assertThat(get("/api/scaling").body()).contains("\"pool\" : \"orders\"", "\"mode\" : \"recommend\"", "ana",
                "ceremony rush");
    }

    @Test
    void aManualResizeGoesThroughTheEngineAndChangesThePool() throws Exception {
        HttpResponse<String> r = post("/api/pools/orders/resize",
                "{\"actor\": \"ana\", \"reason\": \"load test\", \"max\": \"8\", \"minIdle\": \"2\"}", TOKEN);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"outcome\" : \"applied\"");
        assertThat(ds.getHikariConfigMXBean().getMaximumPoolSize()).isEqualTo(8);
        assertThat(post("/api/pools/nope/resize", "{\"actor\": \"a\", \"reason\": \"r\", \"max\": \"8\"}", TOKEN)
                .statusCode()).isEqualTo(404);
        HttpResponse<String> notANumber = post("/api/pools/orders/resize",
                "{\"actor\": \"a\", \"reason\": \"r\", \"max\": \"8\", \"minIdle\": \"lots\"}", TOKEN);
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("minIdle must be a whole number, but was 'lots'");
        assertThat(ds.getHikariConfigMXBean().getMaximumPoolSize()).as("nothing changed by a bad request").isEqualTo(8);
    }

    @Test
    void aSaturatedPoolRaisesAnAlertThatCanBeAcknowledgedAndSilenced() throws Exception {
        for (int i = 0; i < 4; i++) {
            held.add(ds.getConnection());
        }
        Eventually.await(Duration.ofSeconds(30), "a firing saturation alert",
                () -> guardian.alerting().get().desk().alerts().stream()
                        .anyMatch(a -> a.labels().get("condition").equals("saturation") && a.escalationLevel() >= 0));
        String id = guardian.alerting().get().desk().alerts().get(0).id();
        assertThat(get("/api/alerts").body()).contains("\"state\" : \"firing\"", "saturation");

        assertThat(post("/api/alerts/" + id + "/ack", "{}", TOKEN).statusCode()).isEqualTo(400);
        assertThat(post("/api/alerts/no-such-alert/ack", "{\"who\": \"ana\"}", TOKEN).statusCode()).isEqualTo(404);
        HttpResponse<String> ack = post("/api/alerts/" + id + "/ack", "{\"who\": \"ana\"}", TOKEN);
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
        assertThat(get("/api/alerts/" + id).body()).contains("\"acknowledged\" : true", "\"acknowledgedBy\" : \"ana\"");

        HttpResponse<String> badSilence = post("/api/silences", "{\"matchers\": [\"pool=orders\"], \"author\": \"ana\"}", TOKEN);
        assertThat(badSilence.statusCode()).isEqualTo(400);
        assertThat(badSilence.body()).contains("comment is required", "expiresAt (or ttl) is required");
        HttpResponse<String> silence = post("/api/silences", "{\"matchers\": [\"pool=orders\"], \"author\": \"ana\","
                + " \"comment\": \"load test\", \"ttl\": \"30m\"}", TOKEN);
        assertThat(silence.statusCode()).as(silence.body()).isEqualTo(201);
        assertThat(get("/api/silences").body()).contains("load test", "ana");
    }

    @Test
    void aDeclaredEmergencyRaisesTheContextUntilCleared() throws Exception {
        assertThat(post("/api/emergency", "{\"actor\": \"ana\"}", TOKEN).statusCode()).isEqualTo(400);
        HttpResponse<String> declared = post("/api/emergency",
                "{\"actor\": \"ana\", \"reason\": \"venue network down\", \"ttl\": \"1h\"}", TOKEN);
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
        Eventually.await(Duration.ofSeconds(10), "EMERGENCY",
                () -> guardian.view().context().criticality() == Criticality.EMERGENCY);
        assertThat(get("/api/context").body()).contains("venue network down");

        HttpResponse<String> anonymous = post("/api/emergency/clear", "{}", TOKEN);
        assertThat(anonymous.statusCode()).isEqualTo(400);
        assertThat(anonymous.body()).contains("actor is required", "reason is required");
        assertThat(guardian.view().context().criticality()).isEqualTo(Criticality.EMERGENCY);
        assertThat(post("/api/emergency/clear", "{\"actor\": \"bo\", \"reason\": \"network back\"}", TOKEN).statusCode())
                .isEqualTo(200);
        Eventually.await(Duration.ofSeconds(10), "the emergency to end",
                () -> guardian.view().context().criticality() != Criticality.EMERGENCY);
        assertThat(new JdbcAuditLog(store.dataSource()).since(Instant.EPOCH, 100))
                .filteredOn(e -> e.kind() == AuditEntry.Kind.EMERGENCY)
                .extracting(e -> e.outcome().label() + " by " + e.actor() + ": " + e.reason())
                .containsExactly("declared by ana: venue network down", "cleared by bo: network back");
    }
}
