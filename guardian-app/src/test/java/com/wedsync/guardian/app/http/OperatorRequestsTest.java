package com.wedsync.guardian.app.http;

import com.wedsync.guardian.app.runtime.OperatorLimits;
import com.wedsync.guardian.health.HealthThresholds;
import com.wedsync.guardian.jdbc.audit.JdbcAuditLog;
import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.wedsync.guardian.app.http.ApiFixture.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 items 5 and 6, issue 17 items 5, 6 and 9: every field of an operator's request is checked before
 * anything happens, a 400 names every bad one, lifetimes have a (configured) maximum, and the audit entry is
 * written first: a change the audit log refuses is not made.
 */
class OperatorRequestsTest {

    private static final String LONG_NAME = "x".repeat(250);
    private ApiFixture fx;
    private final List<Connection> held = new ArrayList<>();

    @BeforeEach
    void start() {
        fx = ApiFixture.start(ApiFixture.ALERTS_TO_LOG + "  limits: {keepFiringFor: 0s}\n", b -> b.operatorLimits(new OperatorLimits(Duration.ofHours(2), Duration.ofHours(1)))
                .health(HealthThresholds.builder().window(Duration.ofSeconds(2)).build()));
    }

    @AfterEach
    void stop() throws Exception {
        for (Connection c : held) {
            c.close();
        }
        fx.close();
    }

    /** What operators did, as the audit log has it (the engine's own recommendations left out). */
    private List<AuditEntry> audit() {
        return new JdbcAuditLog(fx.store.dataSource()).since(Instant.EPOCH, 1000).stream()
                .filter(e -> !e.actor().equals(AuditEntry.ENGINE)).toList();
    }

    private int max() {
        return fx.ds.getHikariConfigMXBean().getMaximumPoolSize();
    }

    @Test
    void anEmptyOverrideNamesEveryMissingField() throws Exception {
        HttpResponse<String> r = fx.post("/api/overrides", "{}", TOKEN);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("actor is required", "reason is required", "expiresAt (or ttl) is required",
                "pool is required", "action is required");
    }

    @Test
    void aResizeWithABadMaxAndANegativeMinIdleNamesBoth() throws Exception {
        HttpResponse<String> r = fx.post("/api/pools/orders/resize",
                "{\"actor\": \"ana\", \"reason\": \"r\", \"max\": \"lots\", \"minIdle\": -1}", TOKEN);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("max must be a whole number, but was 'lots'",
                "minIdle must be between 0 and 10000, but was -1");
    }

    // issue 13: a body is read by its declared shape, through the config reader: an unknown field is named too
    @Test
    void anUnknownFieldIsNamedWithTheOtherProblemsAndNothingChanges() throws Exception {
        HttpResponse<String> r = fx.post("/api/emergency",
                "{\"actor\": \"ana\", \"reason\": \"r\", \"ttl\": \"90m\", \"colour\": \"red\"}", TOKEN);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("colour unknown key (known keys: actor, expiresAt, reason, ttl)",
                "ttl must be between 1s and 1h, but was 90m");
        assertThat(fx.guardian.emergencies().active(Instant.now())).isEmpty();
    }

    @Test
    void anActorTooLongForTheAuditLogIsRefusedBeforeAnythingChanges() throws Exception {
        HttpResponse<String> override = fx.post("/api/overrides", "{\"actor\": \"" + LONG_NAME + "\", \"reason\": \"r\","
                + " \"ttl\": \"1h\", \"pool\": \"orders\", \"action\": \"grow\"}", TOKEN);
        HttpResponse<String> resize = fx.post("/api/pools/orders/resize",
                "{\"actor\": \"" + LONG_NAME + "\", \"reason\": \"r\", \"max\": 8}", TOKEN);
        HttpResponse<String> emergency = fx.post("/api/emergency",
                "{\"actor\": \"ana\", \"reason\": \"" + "y".repeat(5000) + "\", \"ttl\": \"30m\"}", TOKEN);

        assertThat(override.statusCode()).isEqualTo(400);
        assertThat(override.body()).contains("actor must be at most 100 characters, but has 250");
        assertThat(resize.statusCode()).isEqualTo(400);
        assertThat(emergency.statusCode()).isEqualTo(400);
        assertThat(emergency.body()).contains("reason must be at most 1000 characters, but has 5000");
        assertThat(fx.get("/api/overrides").body()).doesNotContain("xxxxx");
        assertThat(max()).isEqualTo(4);
        assertThat(fx.guardian.emergencies().active(Instant.now())).isEmpty();
        assertThat(audit()).isEmpty();
    }

    @Test
    void anOverrideForAPoolThatDoesNotExistIsRefusedNamingThePoolsThatDo() throws Exception {
        HttpResponse<String> r = fx.post("/api/overrides", "{\"actor\": \"ana\", \"reason\": \"r\", \"ttl\": \"1h\","
                + " \"pool\": \"nope\", \"action\": \"grow\"}", TOKEN);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("no pool named 'nope'", "orders");
        assertThat(fx.get("/api/overrides").body()).doesNotContain("nope");
    }

    @Test
    void lifetimesBeyondTheConfiguredMaximumAreRefused() throws Exception {
        String override = "{\"actor\": \"ana\", \"reason\": \"r\", \"pool\": \"orders\", \"action\": \"grow\", ";

        HttpResponse<String> century = fx.post("/api/overrides", override + "\"ttl\": \"999999h\"}", TOKEN);
        HttpResponse<String> overflow = fx.post("/api/overrides", override + "\"ttl\": \"99999999999999999999h\"}", TOKEN);
        HttpResponse<String> farFuture = fx.post("/api/overrides",
                override + "\"expiresAt\": \"+1000000000-01-01T00:00:00Z\"}", TOKEN);
        HttpResponse<String> justOver = fx.post("/api/overrides", override + "\"ttl\": \"PT2H1M\"}", TOKEN);
        HttpResponse<String> emergency = fx.post("/api/emergency",
                "{\"actor\": \"ana\", \"reason\": \"r\", \"ttl\": \"90m\"}", TOKEN);
        HttpResponse<String> silence = fx.post("/api/silences", "{\"matchers\": [\"pool=orders\"], \"author\": \"ana\","
                + " \"comment\": \"c\", \"ttl\": \"9999999d\"}", TOKEN);

        assertThat(century.statusCode()).isEqualTo(400);
        assertThat(century.body()).contains("ttl must be between 1s and 2h, but was 999999h");
        assertThat(overflow.statusCode()).isEqualTo(400);
        assertThat(overflow.body()).contains("ttl must be a duration like 90s, 15m, 2h, 1d or PT2H")
                .doesNotContain("For input string");
        assertThat(farFuture.statusCode()).isEqualTo(400);
        assertThat(farFuture.body()).contains("expiresAt must lie after now", "at most 2h later");
        assertThat(justOver.statusCode()).isEqualTo(400);
        assertThat(emergency.statusCode()).isEqualTo(400);
        assertThat(emergency.body()).contains("ttl must be between 1s and 1h, but was 90m");
        assertThat(silence.statusCode()).isEqualTo(400);
        assertThat(fx.post("/api/overrides", override + "\"ttl\": \"2h\"}", TOKEN).statusCode()).isEqualTo(201);
    }

    @Test
    void aChangeWhoseAuditEntryCannotBeWrittenIsNotMade() throws Exception {
        try (Connection c = fx.store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE scaling_audit ADD CONSTRAINT refuse_mallory CHECK (actor <> 'mallory')");
        }

        HttpResponse<String> override = fx.post("/api/overrides", "{\"actor\": \"mallory\", \"reason\": \"r\","
                + " \"ttl\": \"1h\", \"pool\": \"orders\", \"action\": \"grow\"}", TOKEN);
        HttpResponse<String> resize = fx.post("/api/pools/orders/resize",
                "{\"actor\": \"mallory\", \"reason\": \"r\", \"max\": 8, \"minIdle\": 2}", TOKEN);
        HttpResponse<String> declare = fx.post("/api/emergency",
                "{\"actor\": \"mallory\", \"reason\": \"r\", \"ttl\": \"30m\"}", TOKEN);

        assertThat(List.of(override.statusCode(), resize.statusCode(), declare.statusCode())).containsOnly(503);
        assertThat(override.body()).contains("the audit log cannot be written now, so nothing was changed")
                .doesNotContain("REFUSE_MALLORY", "SQL");
        assertThat(fx.get("/api/overrides").body()).doesNotContain("mallory");
        assertThat(max()).isEqualTo(4);
        assertThat(fx.guardian.emergencies().active(Instant.now())).isEmpty();

        assertThat(fx.post("/api/emergency", "{\"actor\": \"ana\", \"reason\": \"venue down\", \"ttl\": \"30m\"}", TOKEN)
                .statusCode()).isEqualTo(201);
        assertThat(fx.post("/api/emergency/clear", "{\"actor\": \"mallory\", \"reason\": \"r\"}", TOKEN).statusCode())
                .isEqualTo(503);
        assertThat(fx.guardian.emergencies().active(Instant.now())).isPresent();
        assertThat(audit()).extracting(AuditEntry::actor).containsOnly("ana");
    }

    @Test
    void acknowledgingAResolvedAlertIsAConflictAndItKeepsItsEscalationLevel() throws Exception {
        for (int i = 0; i < 4; i++) {
            held.add(fx.ds.getConnection());
        }
        var desk = fx.guardian.alerting().orElseThrow().desk();
        Eventually.await(Duration.ofSeconds(30), "a saturation alert sent to its receivers",
                () -> desk.alerts().stream().anyMatch(a -> a.escalationLevel() >= 0));
        String id = desk.alerts().get(0).id();
        for (Connection c : held) {
            c.close();
        }
        held.clear();
        Eventually.await(Duration.ofSeconds(30), "the alert to resolve",
                () -> desk.alerts().stream().allMatch(a -> a.state().equals("resolved")));

        HttpResponse<String> ack = fx.post("/api/alerts/" + id + "/ack", "{\"who\": \"ana\"}", TOKEN);

        assertThat(ack.statusCode()).isEqualTo(409);
        assertThat(ack.body()).contains("is resolved");
        assertThat(desk.alert(id).orElseThrow().escalationLevel()).isGreaterThanOrEqualTo(0);
    }
}
