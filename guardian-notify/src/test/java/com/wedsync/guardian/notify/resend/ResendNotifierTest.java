package com.wedsync.guardian.notify.resend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.notify.testing.Alerts;
import com.wedsync.guardian.notify.testing.NotifierContractTest;
import com.wedsync.guardian.pool.LatencySummary;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.pool.Reachability;
import com.wedsync.guardian.secret.Secret;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResendNotifierTest extends NotifierContractTest {

    private static final String KEY = "re_SecretApiKey_0123456789";

    static List<PoolSnapshot> hour(String pool, java.time.Instant now) {
        List<PoolSnapshot> rows = new ArrayList<>();
        for (int i = 60; i >= 1; i--) {
            rows.add(new PoolSnapshot(pool, now.minusSeconds(60L * i), Reachability.REACHABLE, "", 40 + i % 7, 2, 47, 5,
                    i % 3, 10, i % 2, new LatencySummary(100, 2, 40, 850, 900), LatencySummary.EMPTY,
                    LatencySummary.EMPTY, 1200));
        }
        return rows;
    }

    @Override
    protected Notifier notifier(String baseUrl, HttpTimeouts timeouts, Clock clock) {
        return new ResendNotifier("team-email", ResendConfig.builder().apiKey(Secret.of(KEY))
                .from("Guardian <guardian@wedsync.example>").to(List.of("ops@wedsync.example", "dba@wedsync.example"))
                .baseUrl(baseUrl).dashboardUrl("https://guardian.wedsync.example/").timeouts(timeouts).build(),
                ResendNotifierTest::hour, clock);
    }

    @Override
    protected List<String> secrets() {
        return List.of(KEY);
    }

    @Test
    void htmlTextAndTheLastHourAsCsvWithAnIdempotencyKey() throws Exception {
        assertThat(deliverAnswering(200, java.util.Map.of()).delivered()).isTrue();
        var req = server.requests().get(0);
        JsonNode mail = new ObjectMapper().readTree(req.body());

        assertThat(req.path()).isEqualTo("/emails");
        assertThat(req.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(req.header("Idempotency-Key")).isEqualTo("n-fp-orders-saturation-trigger");
        assertThat(mail.get("to")).hasSize(2);
        assertThat(mail.get("subject").asText()).startsWith("[CRITICAL] orders: saturation");
        assertThat(mail.get("html").asText()).contains("<table", "98% (46/47)", "348", "Ch\u00e2teau de Varennes");
        assertThat(mail.get("text").asText()).contains("Guests at risk: 348", "Wait p99: 850 ms", "Waiting threads: 12",
                "Timeouts: 3 in 30 s", "Trend: rising: 9 more connections wanted than 30 s ago").doesNotContain("n/a");
        JsonNode csv = mail.get("attachments").get(0);
        assertThat(csv.get("filename").asText()).isEqualTo("orders-last-hour.csv");
        String rows = new String(Base64.getDecoder().decode(csv.get("content").asText()), StandardCharsets.UTF_8);
        assertThat(rows.split("\r\n")).hasSize(61);
        assertThat(rows).startsWith("at,pool,reachability,used");
    }

    @Test
    void everyValueInTheHtmlIsEscaped() throws Exception {
        server.respond(200);
        notifier(server.baseUrl(), FAST, clock).deliver(Alerts.trigger(Alerts.hostile()));
        String html = new ObjectMapper().readTree(server.requests().get(0).body()).get("html").asText();

        assertThat(html).doesNotContain("<script>", "<b>orders", "Venue <1>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;",
                        "&lt;b&gt;orders&lt;/b&gt;&amp;co");
    }

    @Test
    void theAllClearSharesTheDedupKeyButNotTheIdempotencyKeyAndLongKeysAreHashed() {
        server.respond(200);
        Notifier n = notifier(server.baseUrl(), FAST, clock);
        n.deliver(Alerts.trigger(Alerts.weddingSaturation()));
        n.deliver(Alerts.resolve(Alerts.weddingSaturation()));
        n.deliver(Alerts.resolve(Alerts.weddingSaturation()));
        var longId = new com.wedsync.guardian.alert.Notification("i".repeat(400), "k", "team-email",
                com.wedsync.guardian.alert.NotificationAction.TRIGGER, Alerts.weddingSaturation(), List.of());
        n.deliver(longId);

        var keys = server.requests().stream().map(r -> r.header("Idempotency-Key")).toList();
        assertThat(keys.get(0)).isNotEqualTo(keys.get(1));
        assertThat(keys.get(1)).as("a resend of the same notification").isEqualTo(keys.get(2));
        assertThat(keys.get(3)).hasSize(64).isEqualTo(ResendNotifier.idempotencyKey(longId));
    }

    @Test
    void moreThanFiftyRecipientsAreRejected() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add("r" + i + "@wedsync.example");
        }
        assertThatThrownBy(() -> ResendConfig.builder().to(many))
                .hasMessage("to must hold 1 to 50 addresses, but held 51");
    }
}
