package com.wedsync.guardian.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.guardian.app.github.GitHubSettings;
import com.wedsync.guardian.app.github.WebhookSignature;
import com.wedsync.guardian.app.runtime.CalendarStatus;
import com.wedsync.guardian.freeze.HeldDeployments;
import com.wedsync.guardian.jdbc.freeze.JdbcHeldDeployments;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.notify.testing.PrismMock;
import com.wedsync.guardian.notify.testing.RecordingProxy;
import com.wedsync.guardian.secret.Secret;
import com.wedsync.guardian.testing.MutableClock;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: GitHub's deployment protection rule over real HTTP, GitHub itself a Prism mock of the OpenAPI excerpt in
 * src/test/resources/contracts (real HMAC signatures, real RS256 JWTs); the held deployment in a real store.
 */
class GitHubDeploymentProtectionTest {

    private static final Secret WEBHOOK_SECRET = Secret.of("whsec-" + System.nanoTime());
    private static final String PEM = pem();
    private static final WeddingCalendar NEW_YORK = WeddingCalendar.of(List.of(new Wedding("ny1", "Cy & Di",
            Instant.parse("2026-06-12T21:00:00Z"), Instant.parse("2026-06-13T03:30:00Z"),
            ZoneId.of("America/New_York"), false, 90, 10, "The Loeb Boathouse", "test")));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-13T02:30:00Z")); // in progress
    private GuardianStore store;
    private RecordingProxy github;
    private ApiFixture fx;

    private static String pem() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                    g.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void start() throws Exception {
        PrismMock prism = PrismMock.serveFile(Path.of(getClass().getResource(
                "/contracts/github-deployment-protection.openapi.yaml").toURI()));
        github = new RecordingProxy(prism.baseUrl());
        store = GuardianStore.open("jdbc:h2:mem:held-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", null, null);
        fx = guardian(Duration.ofDays(3));
    }

    private ApiFixture guardian(Duration maxHold) {
        GitHubSettings settings = new GitHubSettings(WEBHOOK_SECRET, "123456", Secret.of(PEM),
                URI.create(github.baseUrl()), maxHold);
        return ApiFixture.start(ApiFixture.ALERTS_TO_LOG, b -> b.clock(clock)
                .calendar(CalendarStatus.fixed(NEW_YORK, clock.instant()), ContextPolicy.defaults())
                .github(settings, new JdbcHeldDeployments(store.dataSource())));
    }

    @AfterEach
    void stop() throws Exception {
        // set-up may have stopped early (Prism absent: the test is skipped), so close only what was made
        for (AutoCloseable made : new AutoCloseable[] {fx, github, store}) {
            if (made != null) {
                made.close();
            }
        }
    }

    private String callback(int run) {
        return github.baseUrl() + "/repos/wedsync/checkout/actions/runs/" + run + "/deployment_protection_rule";
    }

    private String payload(int run) {
        return """
                {"action": "requested", "environment": "production", "event": "push",
                 "deployment_callback_url": "%s",
                 "deployment": {"id": 1, "environment": "production"},
                 "repository": {"name": "checkout", "full_name": "wedsync/checkout"},
                 "installation": {"id": 7}}""".formatted(callback(run));
    }

    private HttpResponse<String> deliver(String body, String signature) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fx.guardian.httpPort()
                        + "/api/github/deployment-protection"))
                .header("Content-Type", "application/json").header("X-GitHub-Event", "deployment_protection_rule")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            b.header("X-Hub-Signature-256", signature);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> deliver(String body) throws Exception {
        return deliver(body, WebhookSignature.sign(WEBHOOK_SECRET, body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void unsignedOrWronglySignedIs401AndNothingIsCalled() throws Exception {
        HttpResponse<String> unsigned = deliver(payload(41), null);
        HttpResponse<String> wrong = deliver(payload(41), WebhookSignature.sign(Secret.of("guess"),
                payload(41).getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> tampered = deliver(payload(41).replace("production", "staging"),
                WebhookSignature.sign(WEBHOOK_SECRET, payload(41).getBytes(StandardCharsets.UTF_8)));

        assertThat(List.of(unsigned.statusCode(), wrong.statusCode(), tampered.statusCode())).containsOnly(401);
        assertThat(unsigned.body()).doesNotContain(WEBHOOK_SECRET.reveal());
        assertThat(github.exchanges()).isEmpty();
        assertThat(new JdbcHeldDeployments(store.dataSource()).due(Instant.parse("2100-01-01T00:00:00Z"), 10)).isEmpty();
    }

    @Test
    void aDeploymentInsideAWeddingIsHeldAcrossARestartAndApprovedWhenTheFreezeEnds() throws Exception {
        HttpResponse<String> held = deliver(payload(42));

        assertThat(held.statusCode()).as(held.body()).isEqualTo(202);
        assertThat(held.body()).contains("Held until 2026-06-13T04:00:00Z", "The Loeb Boathouse");
        assertThat(github.exchanges()).isEmpty();

        fx.close();
        fx = guardian(Duration.ofDays(3));
        clock.set(Instant.parse("2026-06-13T04:00:30Z"));
        fx.guardian.github().orElseThrow().releaseDue();

        github.assertAcceptedWithoutViolations(2);
        assertThat(github.exchanges().get(0).path()).isEqualTo("/app/installations/7/access_tokens");
        RecordingProxy.Exchange review = github.exchanges().get(1);
        assertThat(review.path()).isEqualTo("/repos/wedsync/checkout/actions/runs/42/deployment_protection_rule");
        JsonNode sent = Json.MAPPER.readTree(review.requestBody());
        assertThat(sent.get("environment_name").asText()).isEqualTo("production");
        assertThat(sent.get("state").asText()).isEqualTo("approved");
        HeldDeployments heldStore = new JdbcHeldDeployments(store.dataSource());
        assertThat(heldStore.due(Instant.parse("2100-01-01T00:00:00Z"), 10)).isEmpty();
    }

    @Test
    void aFreezeOutlastingTheHoldLimitIsRejectedAtOnceWithTheReason() throws Exception {
        fx.close();
        fx = guardian(Duration.ofMinutes(30));

        HttpResponse<String> r = deliver(payload(43));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        github.assertAcceptedWithoutViolations(2);
        JsonNode sent = Json.MAPPER.readTree(github.exchanges().get(1).requestBody());
        assertThat(sent.get("state").asText()).isEqualTo("rejected");
        assertThat(sent.get("comment").asText()).contains("beyond the hold limit", "wedding in progress");
    }

    @Test
    void aCallbackOffTheConfiguredApiIsRefusedAndGetsNoToken() throws Exception {
        String body = payload(44).replace(callback(44), "https://attacker.example/repos/x/y/actions/runs/1/deployment_protection_rule");

        HttpResponse<String> r = deliver(body);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("deployment_callback_url");
        assertThat(github.exchanges()).isEmpty();
    }
}
