package com.wedsync.guardian.notify.pagerduty;

import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.notify.testing.Alerts;
import com.wedsync.guardian.notify.testing.PrismMock;
import com.wedsync.guardian.notify.testing.RecordingProxy;
import com.wedsync.guardian.secret.Secret;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP to Prism serving contracts/pagerduty-events-v2.openapi.yaml. */
class PagerDutyPrismTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void triggerAcknowledgeAndResolveAreAcceptedWithoutAViolation() {
        PrismMock prism = PrismMock.serve("pagerduty-events-v2.openapi.yaml");
        try (RecordingProxy proxy = new RecordingProxy(prism.baseUrl())) {
            PagerDutyNotifier pd = new PagerDutyNotifier("oncall", PagerDutyConfig.builder().routingKey(Secret.of(KEY))
                    .url(proxy.baseUrl() + "/enqueue").dashboardUrl("https://guardian.wedsync.example/")
                    .timeouts(HttpTimeouts.DEFAULT).build(), Clock.systemUTC());
            for (Notification n : Alerts.everyShape()) {
                assertThat(pd.deliver(n).delivered()).as(n.id()).isTrue();
            }
            proxy.assertAcceptedWithoutViolations(Alerts.everyShape().size());
        }
    }

    @Test
    void theMockDoesRejectAnAcknowledgeWithAPayload() throws Exception {
        PrismMock prism = PrismMock.serve("pagerduty-events-v2.openapi.yaml");
        String bad = "{\"routing_key\":\"" + KEY + "\",\"event_action\":\"acknowledge\",\"dedup_key\":\"k\","
                + "\"payload\":{\"summary\":\"s\",\"source\":\"x\",\"severity\":\"critical\"}}";

        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(prism.baseUrl() + "/enqueue"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(bad)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isBetween(400, 499);
        assertThat(r.headers().firstValue("sl-violations")).isPresent();
    }
}
