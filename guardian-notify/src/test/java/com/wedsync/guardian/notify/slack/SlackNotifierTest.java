package com.wedsync.guardian.notify.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.notify.testing.Alerts;
import com.wedsync.guardian.notify.testing.NotifierContractTest;
import com.wedsync.guardian.secret.Secret;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SlackNotifierTest extends NotifierContractTest {

    private static final String TOKEN = "XyZsecretWebhookToken123";
    private String lastUrl = "";

    @Override
    protected Notifier notifier(String baseUrl, HttpTimeouts timeouts, Clock clock) {
        lastUrl = baseUrl + "/services/T000/B000/" + TOKEN;
        return new SlackNotifier("ops-slack", SlackConfig.builder().webhookUrl(Secret.of(lastUrl))
                .dashboardUrl("https://guardian.wedsync.example/pools/orders").timeouts(timeouts).build(), clock);
    }

    @Override
    protected List<String> secrets() {
        return List.of(TOKEN, "/services/T000/B000/" + TOKEN);
    }

    private JsonNode sent() throws Exception {
        return new ObjectMapper().readTree(server.requests().get(0).body());
    }

    @Test
    void blockKitCarriesTheFiguresTheOnCallNeedsAndAFallbackText() throws Exception {
        assertThat(deliverAnswering(200, java.util.Map.of()).delivered()).isTrue();
        JsonNode msg = sent();

        assertThat(msg.get("text").asText()).startsWith("[CRITICAL] orders: saturation");
        List<String> types = new ArrayList<>();
        msg.get("blocks").forEach(b -> types.add(b.get("type").asText()));
        assertThat(types).containsExactly("header", "section", "section", "context", "actions");
        String fields = msg.get("blocks").get(2).get("fields").toString();
        assertThat(fields).contains("orders", "98% (46/47)", "850 ms", "Weddings in progress*\\n3",
                "Guests at risk*\\n348", "Waiting threads*\\n12", "Timeouts*\\n3 in 30 s",
                "Trend*\\nrising: 9 more connections wanted than 30 s ago").doesNotContain("n/a");
        assertThat(msg.get("blocks").get(3).toString()).contains("Criticality 5 (EMERGENCY)", "Babington House");
        assertThat(msg.get("blocks").get(4).toString()).contains("https://guardian.wedsync.example/pools/orders");
        assertThat(server.requests().get(0).path()).isEqualTo("/services/T000/B000/" + TOKEN);
    }

    /** Issue 16: a figure the alert does not carry is left out, never shown as "n/a". */
    @Test
    void figuresTheAlertDoesNotCarryAreLeftOut() throws Exception {
        server.respond(200);
        notifier(server.baseUrl(), FAST, clock).deliver(Alerts.trigger(Alerts.quietWarning()));

        assertThat(server.requests().get(0).body()).doesNotContain("n/a", "Utilisation", "Wait p99", "Waiting threads")
                .contains("Guests at risk");
    }

    @Test
    void hostileTextStaysWithinBlockKitLimitsAndIsEscaped() throws Exception {
        server.respond(200);
        notifier(server.baseUrl(), FAST, clock).deliver(Alerts.trigger(Alerts.hostile()));
        JsonNode msg = sent();

        assertThat(msg.get("blocks").get(0).get("text").get("text").asText().length()).isLessThanOrEqualTo(150);
        assertThat(msg.get("blocks").size()).isLessThanOrEqualTo(50);
        msg.get("blocks").forEach(b -> {
            if (b.has("fields")) {
                assertThat(b.get("fields").size()).isLessThanOrEqualTo(10);
                b.get("fields").forEach(f -> assertThat(f.get("text").asText().length()).isLessThanOrEqualTo(2000));
            }
            if (b.has("text") && b.get("type").asText().equals("section")) {
                assertThat(b.get("text").get("text").asText().length()).isLessThanOrEqualTo(3000);
            }
        });
        assertThat(msg.get("blocks").get(2).toString()).contains("&lt;b&gt;orders&lt;/b&gt;&amp;co")
                .doesNotContain("<b>");
        assertThat(server.requests().get(0).body().length()).isLessThan(12_000);
    }
}
