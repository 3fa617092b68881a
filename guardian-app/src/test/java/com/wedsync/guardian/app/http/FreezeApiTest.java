package com.wedsync.guardian.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.guardian.app.runtime.CalendarStatus;
import com.wedsync.guardian.app.runtime.OperatorLimits;
import com.wedsync.guardian.jdbc.audit.JdbcAuditLog;
import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.scaling.OverrideScope;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.Wedding;
import com.wedsync.guardian.wedding.WeddingCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.wedsync.guardian.app.http.ApiFixture.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: the freeze answer and the deploy break-glass over real HTTP, against a real store's audit log. */
class FreezeApiTest {

    private static final String READ = "read-t0ken";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    private ApiFixture fx;

    @BeforeEach
    void start() {
        WeddingCalendar cal = WeddingCalendar.of(List.of(
                new Wedding("now", "Ana & Ben", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)), LONDON,
                        false, 120, 15, "Kew Gardens", "test"),
                new Wedding("ny", "Cy & Di", local(NEW_YORK, "2026-06-12T17:00"), local(NEW_YORK, "2026-06-12T23:30"),
                        NEW_YORK, false, 80, 10, "The Loeb Boathouse", "test")));
        fx = ApiFixture.start(ApiFixture.ALERTS_TO_LOG, b -> b.calendar(CalendarStatus.fixed(cal, now), ContextPolicy.defaults())
                .operatorLimits(new OperatorLimits(Duration.ofHours(2), Duration.ofHours(1)))
                .readToken(READ));
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    private static Instant local(ZoneId zone, String t) {
        return LocalDateTime.parse(t).atZone(zone).toInstant();
    }

    private HttpResponse<String> get(String pathAndQuery, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fx.guardian.httpPort() + pathAndQuery));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode freeze(String query) throws Exception {
        HttpResponse<String> r = get("/api/freeze?" + query, READ);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void aWeddingInProgressFreezesProductionNamingTheVenueAndTheEnd() throws Exception {
        JsonNode d = freeze("service=checkout&environment=production");

        assertThat(d.get("frozen").asBoolean()).isTrue();
        assertThat(d.get("reasons").toString()).contains("wedding in progress", "Kew Gardens", "Europe/London");
        assertThat(d.get("until").isNull()).isFalse();
        assertThat(d.get("override").isNull()).isTrue();
    }

    @Test
    void atIsJudgedInTheVenuesDateNotUtcs() throws Exception {
        // 03:00Z on 12 June is 23:00 on the 11th in New York: not yet the wedding day there.
        JsonNode eve = freeze("service=checkout&environment=production&at=2026-06-12T03:00:00Z");

        assertThat(eve.get("frozen").asBoolean()).isFalse();
        assertThat(eve.get("nextFreeze").asText()).isEqualTo("2026-06-12T04:00:00Z");
    }

    @Test
    void theFreezeCalendarIsServedAsIcsWithTheReadToken() throws Exception {
        HttpResponse<String> r = get("/api/freeze.ics", READ);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(r.body()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "Europe/London");
        assertThat(get("/api/freeze.ics", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anUngatedEnvironmentIsAllowedAndTheAnswerSaysSo() throws Exception {
        JsonNode d = freeze("service=checkout&environment=staging");

        assertThat(d.get("frozen").asBoolean()).isFalse();
        assertThat(d.get("gated").asBoolean()).isFalse();
        assertThat(d.get("reasons").toString()).contains("staging is not gated");
    }

    @Test
    void theReadTokenIsRequiredAndBadQueriesAreRefusedNamingTheField() throws Exception {
        assertThat(get("/api/freeze?service=checkout&environment=production", null).statusCode()).isEqualTo(401);

        HttpResponse<String> noService = get("/api/freeze?environment=production", READ);
        HttpResponse<String> badAt = get("/api/freeze?service=a&environment=production&at=tomorrow", READ);
        HttpResponse<String> farAt = get("/api/freeze?service=a&environment=production&at=%2B999999-01-01T00:00:00Z", READ);

        assertThat(noService.statusCode()).isEqualTo(400);
        assertThat(noService.body()).contains("service is required");
        assertThat(badAt.statusCode()).isEqualTo(400);
        assertThat(badAt.body()).contains("at must be an ISO-8601 instant", "tomorrow");
        assertThat(farAt.statusCode()).isEqualTo(400);
        assertThat(farAt.body()).contains("at must lie within ten years");
    }

    @Test
    void aBreakGlassIsAuditedAndTheDecisionNamesIt() throws Exception {
        HttpResponse<String> granted = fx.post("/api/overrides", """
                {"action": "deploy", "actor": "ana", "reason": "payment outage hotfix", "ttl": "30m",
                 "service": "checkout", "environment": "production"}""", TOKEN);

        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        JsonNode d = freeze("service=checkout&environment=production");
        assertThat(d.get("frozen").asBoolean()).isFalse();
        assertThat(d.get("override").get("actor").asText()).isEqualTo("ana");
        assertThat(d.get("override").get("id").asText()).isEqualTo(Json.MAPPER.readTree(granted.body()).get("id").asText());
        assertThat(d.get("reasons").toString()).contains("break-glass", "wedding in progress");
        assertThat(freeze("service=search&environment=production").get("frozen").asBoolean()).isTrue();
        List<AuditEntry> audit = new JdbcAuditLog(fx.store.dataSource()).since(Instant.EPOCH, 1000).stream()
                .filter(e -> e.scope() == OverrideScope.DEPLOY).toList();
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.pool()).isEqualTo("checkout@production");
            assertThat(e.actor()).isEqualTo("ana");
            assertThat(e.reason()).isEqualTo("payment outage hotfix");
        });
    }

    @Test
    void aBreakGlassWithoutWhoWhyOrExpiryOrTooLongIsRefusedNamingEachField() throws Exception {
        HttpResponse<String> empty = fx.post("/api/overrides", "{\"action\": \"deploy\"}", TOKEN);
        HttpResponse<String> tooLong = fx.post("/api/overrides", """
                {"action": "deploy", "actor": "ana", "reason": "r", "ttl": "3h", "service": "checkout",
                 "environment": "production"}""", TOKEN);
        HttpResponse<String> longActor = fx.post("/api/overrides", "{\"action\": \"deploy\", \"actor\": \""
                + "x".repeat(150) + "\", \"reason\": \"r\", \"ttl\": \"1h\", \"service\": \"checkout\","
                + " \"environment\": \"production\"}", TOKEN);

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("actor is required", "reason is required", "expiresAt (or ttl) is required",
                "service is required", "environment is required");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("ttl");
        assertThat(longActor.statusCode()).isEqualTo(400);
        assertThat(longActor.body()).contains("actor must be at most 100 characters");
        assertThat(freeze("service=checkout&environment=production").get("frozen").asBoolean()).isTrue();
    }

    @Test
    void aBreakGlassWhoseAuditEntryCannotBeWrittenIsNotGranted() throws Exception {
        try (Connection c = fx.store.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE scaling_audit ADD CONSTRAINT refuse_mallory_deploy CHECK (actor <> 'mallory')");
        }

        HttpResponse<String> r = fx.post("/api/overrides", """
                {"action": "deploy", "actor": "mallory", "reason": "r", "ttl": "30m", "service": "checkout",
                 "environment": "production"}""", TOKEN);

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("nothing was changed").doesNotContain("SQL");
        assertThat(freeze("service=checkout&environment=production").get("frozen").asBoolean()).isTrue();
    }
}
