package com.wedsync.guardian.notify.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.notify.testing.Alerts;
import com.wedsync.guardian.notify.testing.NotifierContractTest;
import com.wedsync.guardian.secret.Secret;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagerDutyNotifierTest extends NotifierContractTest {

    private static final String KEY = "R0ut1ngKeyR0ut1ngKeyR0ut1ngKey32";

    @Override
    protected Notifier notifier(String baseUrl, HttpTimeouts timeouts, Clock clock) {
        return new PagerDutyNotifier("oncall", PagerDutyConfig.builder().routingKey(Secret.of(KEY))
                .url(baseUrl + "/v2/enqueue").timeouts(timeouts).build(), clock);
    }

    @Override
    protected List<String> secrets() {
        return List.of(KEY);
    }

    private JsonNode sent(int i) throws Exception {
        return new ObjectMapper().readTree(server.requests().get(i).body());
    }

    @Test
    void triggerAcknowledgeAndResolveShareOneDedupKeyAndOnlyTheTriggerHasAPayload() throws Exception {
        server.respond(202);
        Notifier n = notifier(server.baseUrl(), FAST, clock);
        n.deliver(Alerts.trigger(Alerts.weddingSaturation()));
        n.deliver(Alerts.acknowledge(Alerts.weddingSaturation()));
        n.deliver(Alerts.resolve(Alerts.weddingSaturation()));

        JsonNode trigger = sent(0);
        assertThat(trigger.get("event_action").asText()).isEqualTo("trigger");
        assertThat(trigger.get("payload").get("severity").asText()).isEqualTo("critical");
        assertThat(trigger.get("payload").get("custom_details").get("guests_at_risk").asInt()).isEqualTo(348);
        assertThat(trigger.get("payload").get("custom_details").get("weddings_in_progress").asInt()).isEqualTo(3);
        assertThat(sent(1).get("event_action").asText()).isEqualTo("acknowledge");
        assertThat(sent(2).get("event_action").asText()).isEqualTo("resolve");
        assertThat(sent(1).has("payload")).isFalse();
        assertThat(sent(2).has("payload")).isFalse();
        assertThat(List.of(sent(0), sent(1), sent(2))).extracting(e -> e.get("dedup_key").asText())
                .containsOnly("dedup-fp-orders-saturation");
    }

    @Test
    void aWarningDuringAHighCriticalityWeddingPagesAsAnError() throws Exception {
        server.respond(202);
        var a = Alerts.weddingSaturation();
        var warning = new com.wedsync.guardian.alert.Alert(a.fingerprint(),
                java.util.Map.of("pool", "orders", "condition", "saturation", "severity", "warning"),
                a.summary(), a.description(), a.values(), a.context(), a.startsAt(), null);
        notifier(server.baseUrl(), FAST, clock).deliver(Alerts.trigger(warning));
        notifier(server.baseUrl(), FAST, clock).deliver(Alerts.trigger(Alerts.quietWarning()));

        assertThat(sent(0).get("payload").get("severity").asText()).isEqualTo("error");
        assertThat(sent(1).get("payload").get("severity").asText()).isEqualTo("warning");
        JsonNode figures = sent(0).get("payload").get("custom_details");
        assertThat(figures.get("utilisation").asText()).isEqualTo("98% (46/47)");
        assertThat(figures.get("waiting_threads").asText()).isEqualTo("12");
        assertThat(figures.get("wait_p99").asText()).isEqualTo("850 ms");
        assertThat(figures.get("timeouts").asText()).isEqualTo("3 in 30 s");
        JsonNode none = sent(1).get("payload").get("custom_details");
        assertThat(none.has("utilisation") || none.has("wait_p99")).as("issue 16: left out, never n/a").isFalse();
        assertThat(none.toString()).doesNotContain("n/a");
    }

    @Test
    void aRoutingKeyOfTheWrongLengthIsRejectedWithoutPrintingIt() {
        assertThatThrownBy(() -> PagerDutyConfig.builder().routingKey(Secret.of("short-secret-key")))
                .hasMessage("routingKey must be 32 characters, but had 16")
                .message().doesNotContain("short-secret-key");
    }
}
