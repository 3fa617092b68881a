package com.wedsync.guardian.app.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.health.HealthThresholds;
import com.wedsync.guardian.jdbc.outbox.JdbcOutbox;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.notify.testing.PrismMock;
import com.wedsync.guardian.notify.testing.RecordingProxy;
import com.wedsync.guardian.testing.Eventually;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, done-when: a real HikariCP pool on PostgreSQL, saturated by ten threads over four connections, goes
 * through the guardian's whole alert path (tick → health → evaluate → pipeline → JDBC outbox → dispatcher →
 * channels) to the Prism mocks of Slack, PagerDuty and Resend: every request passes the vendor's contract and
 * carries the pool's figures (load with used/max, waiting threads, wait p99, timeouts, trend), none "n/a"; the
 * e-mail's CSV ends with the saturated snapshot; the all-clear says how long it lasted and the figures then, each
 * beside the peak the alert saw while it fired.
 */
class AlertFiguresOnPostgresTest {

    private static final String POOL = "figures-orders";
    /** A figure's peak beside it, where the window saw more than now: " now, peak 6 in the last 2 s". */
    private static final String PEAK = "( now, peak .+ in the last .+)?";
    /** The span the all-clear's peaks cover: the alert's life and a window before it. */
    private static final String SPAN = "\\d+(\\.\\d)? (s|min)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicBoolean loaded = new AtomicBoolean(true);
    private final ExecutorService workers = Executors.newFixedThreadPool(10);
    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        loaded.set(false);
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
    }

    @Test
    void aSaturatedPoolsAlertReachesSlackPagerDutyAndResendWithItsFigures() throws Exception {
        PrismMock slack = PrismMock.serve("slack-incoming-webhook.openapi.yaml");
        PrismMock pagerduty = PrismMock.serve("pagerduty-events-v2.openapi.yaml");
        PrismMock resend = PrismMock.serve("resend.yaml");
        RecordingProxy slackProxy = open(new RecordingProxy(slack.baseUrl()));
        RecordingProxy pdProxy = open(new RecordingProxy(pagerduty.baseUrl()));
        RecordingProxy resendProxy = open(new RecordingProxy(resend.baseUrl()));
        var alerts = new ConfigLoader(Map.<String, String>of()::get).parse("""
                alerts:
                  channels:
                    - {name: ops-slack, type: slack, webhookUrl: "%s/services/T000/B000/XXXX"}
                    - {name: oncall, type: pagerduty, routingKey: "R0UT1NGKEY0123456789abcdefabcdef", url: "%s/enqueue"}
                    - {name: team-email, type: resend, apiKey: "re_s3cretResendKey", from: "Guardian <guardian@wedsync.example>", to: ["ops@wedsync.example"], baseUrl: "%s"}
                  routes:
                    receivers: [ops-slack]
                    groupBy: [pool]
                    groupWait: 1s
                    groupInterval: 1s
                    repeatInterval: 1h
                    routes:
                      - {match: ['severity=~"critical|warning"'], receivers: [ops-slack], continue: true}
                      - {match: ['severity=~"critical|warning"'], receivers: [oncall], continue: true}
                      - {match: ['severity=~"critical|warning"'], receivers: [team-email], continue: true}
                  limits: {keepFiringFor: 1s}
                """.formatted(slackProxy.baseUrl(), pdProxy.baseUrl(), resendProxy.baseUrl()), "test.yaml").alerts();
        GuardianStore store = open(GuardianStore.open("jdbc:h2:mem:alert-figures;DB_CLOSE_DELAY=-1", null, null));
        HikariDataSource ds = open(pool());
        open(Guardian.builder()
                .tick(Duration.ofMillis(100))
                .health(HealthThresholds.builder().window(Duration.ofSeconds(2)).build())
                .pool(POOL, ds)
                .alerts(alerts, new JdbcOutbox(store.dataSource()))
                .start());

        for (int i = 0; i < 10; i++) {
            workers.submit(() -> busy(ds));
        }
        Eventually.await(Duration.ofSeconds(60), "a trigger at Slack, PagerDuty and Resend", () ->
                trigger(slackProxy).isPresent() && trigger(pdProxy).isPresent() && trigger(resendProxy).isPresent());

        String slackFields = fields(trigger(slackProxy).get());
        assertThat(slackFields).containsPattern("\\*Utilisation\\*\n\\d+% \\(\\d/4\\)")
                .containsPattern("\\*Waiting threads\\*\n\\d+")
                .containsPattern("\\*Wait p99\\*\n\\d+(\\.\\d)? (ms|s)")
                .containsPattern("\\*Timeouts\\*\n\\d+ in 2 s")
                .containsPattern("\\*Trend\\*\n(rising|falling|steady)");
        JsonNode details = trigger(pdProxy).get().path("payload").path("custom_details");
        assertThat(details.path("utilisation").asText()).matches("\\d+% \\(\\d/4\\)" + PEAK);
        assertThat(details.path("waiting_threads").asText()).matches("\\d+" + PEAK);
        assertThat(details.path("wait_p99").asText()).matches("\\d+(\\.\\d)? (ms|s)" + PEAK);
        JsonNode email = trigger(resendProxy).get();
        assertThat(email.path("text").asText()).containsPattern("Utilisation: \\d+% \\(\\d/4\\)")
                .containsPattern("Waiting threads: \\d+").containsPattern("Wait p99: \\d+");
        assertThat(email.path("html").asText()).contains("Waiting threads", "Wait p99");
        String csv = new String(Base64.getDecoder().decode(email.path("attachments").get(0).path("content").asText()),
                StandardCharsets.UTF_8);
        String[] rows = csv.split("\r\n");
        assertThat(rows[rows.length - 1]).as("the CSV ends with the saturated snapshot")
                .matches(".*," + POOL + ",REACHABLE,[34],[01],4,.*");

        loaded.set(false);
        Eventually.await(Duration.ofSeconds(60), "the all-clear at Slack and Resend",
                () -> resolve(slackProxy).isPresent() && resolve(resendProxy).isPresent());

        assertThat(fields(resolve(slackProxy).get())).containsPattern("\\*Lasted\\*\n\\d+(\\.\\d)? (s|min)")
                .containsPattern("\\*Utilisation\\*\n\\d+% \\(\\d/4\\)");
        assertThat(resolve(resendProxy).get().path("text").asText()).containsPattern("Lasted: \\d+");
        // the pool is idle now, yet the all-clear says what the alert saw: the peaks of its windows while it fired
        assertThat(fields(resolve(slackProxy).get()))
                .containsPattern("\\*Utilisation\\*\n0% \\(0/4\\) now, peak 100% in the last " + SPAN)
                .containsPattern("\\*Waiting threads\\*\n0 now, peak [1-9]\\d* in the last " + SPAN);
        // (wait p99 now is the latest measured in the window, which for a pool gone idle may be its highest: no peak then)
        assertThat(resolve(resendProxy).get().path("text").asText())
                .containsPattern("Waiting threads: 0 now, peak [1-9]\\d* in the last " + SPAN);
        for (RecordingProxy proxy : List.of(slackProxy, pdProxy, resendProxy)) {
            proxy.assertAcceptedWithoutViolations();
            assertThat(proxy.exchanges()).allSatisfy(e -> assertThat(e.requestBody()).doesNotContain("n/a"));
        }
    }

    private <T extends AutoCloseable> T open(T resource) {
        closing.add(resource);
        return resource;
    }

    private static HikariDataSource pool() {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test");
        c.setUsername("postgres");
        c.setPoolName(POOL);
        c.setMaximumPoolSize(4);
        c.setMinimumIdle(4);
        c.setConnectionTimeout(300);
        return new HikariDataSource(c);
    }

    /** One worker: take a connection, hold it 150 ms in the database, give it back; again while loaded. */
    private Void busy(HikariDataSource ds) {
        while (loaded.get() && !Thread.currentThread().isInterrupted()) {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("SELECT pg_sleep(0.15)");
            } catch (SQLException timedOutOrClosed) {
                // a connection timeout is part of the load; a closed pool ends the test
            }
        }
        return null;
    }

    private static Optional<JsonNode> trigger(RecordingProxy proxy) {
        return first(proxy, "trigger");
    }

    private static Optional<JsonNode> resolve(RecordingProxy proxy) {
        return first(proxy, "resolve");
    }

    /** The first request of this action: PagerDuty says it in event_action, Slack and Resend in the title. */
    private static Optional<JsonNode> first(RecordingProxy proxy, String action) {
        for (RecordingProxy.Exchange e : proxy.exchanges()) {
            JsonNode body = read(e.requestBody());
            boolean resolved = body.path("event_action").asText().equals("resolve")
                    || body.path("text").asText().startsWith("[RESOLVED]")
                    || body.path("subject").asText().startsWith("[RESOLVED]");
            if (resolved == action.equals("resolve")) {
                return Optional.of(body);
            }
        }
        return Optional.empty();
    }

    /** Every field of every section of a Slack message, as one text. */
    private static String fields(JsonNode message) {
        StringBuilder all = new StringBuilder();
        message.path("blocks").forEach(b -> b.path("fields").forEach(f -> all.append(f.path("text").asText()).append('\n')));
        return all.toString();
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
