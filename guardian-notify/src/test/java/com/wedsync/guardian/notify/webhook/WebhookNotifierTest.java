package com.wedsync.guardian.notify.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.notify.testing.NotifierContractTest;
import com.wedsync.guardian.secret.Secret;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookNotifierTest extends NotifierContractTest {

    private static final String TOKEN = "hookBearerSecret42";
    private static final String PATH_TOKEN = "pathTokenSecret99";

    @Override
    protected Notifier notifier(String baseUrl, HttpTimeouts timeouts, Clock clock) {
        return new WebhookNotifier("hook", WebhookConfig.builder().url(Secret.of(baseUrl + "/hooks/" + PATH_TOKEN))
                .bearerToken(Secret.of(TOKEN)).timeouts(timeouts).build(), clock);
    }

    @Override
    protected List<String> secrets() {
        return List.of(TOKEN, PATH_TOKEN);
    }

    @Test
    void postsTheVersionedDocumentWithAuthAndIdempotencyKey() throws Exception {
        assertThat(deliverAnswering(204, Map.of()).delivered()).isTrue();
        var req = server.requests().get(0);
        JsonNode doc = new ObjectMapper().readTree(req.body());

        assertThat(req.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(req.header("Idempotency-Key")).isEqualTo("n-fp-orders-saturation-trigger");
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        assertThat(doc.get("dedupKey").asText()).isEqualTo("dedup-fp-orders-saturation");
        assertThat(doc.get("action").asText()).isEqualTo("trigger");
        assertThat(doc.get("alert").get("context").get("guestsAtRisk").asInt()).isEqualTo(348);
        assertThat(doc.get("alert").get("values").get("wait_p99_ms").asDouble()).isEqualTo(850.0);
        assertThat(doc.get("alert").get("figures").get("wait_p99").asText()).isEqualTo("850 ms");
        assertThat(doc.get("alert").get("figures").get("waiting_threads").asText()).isEqualTo("12");
    }
}
