package com.wedsync.guardian.notify.alertmanager;

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

class AlertmanagerNotifierTest extends NotifierContractTest {

    private static final String PASSWORD = "amBasicAuthPassword7";

    @Override
    protected Notifier notifier(String baseUrl, HttpTimeouts timeouts, Clock clock) {
        String withAuth = baseUrl.replace("http://", "http://guardian:" + PASSWORD + "@") + "/api/v2/alerts";
        return new AlertmanagerNotifier("am", AlertmanagerConfig.builder().url(Secret.of(withAuth))
                .generatorUrl("https://guardian.wedsync.example/").timeouts(timeouts).build(), clock);
    }

    @Override
    protected List<String> secrets() {
        return List.of(PASSWORD);
    }

    @Test
    void firingThenResolvedWithPrometheusLabelNames() throws Exception {
        server.respond(200);
        Notifier n = notifier(server.baseUrl(), FAST, clock);
        n.deliver(Alerts.trigger(Alerts.hostile()));
        n.deliver(Alerts.resolve(Alerts.weddingSaturation()));
        var ack = n.deliver(Alerts.acknowledge(Alerts.weddingSaturation()));

        ObjectMapper m = new ObjectMapper();
        JsonNode firing = m.readTree(server.requests().get(0).body()).get(0);
        JsonNode resolved = m.readTree(server.requests().get(1).body()).get(0);
        assertThat(server.requests()).hasSize(2);
        assertThat(ack.delivered()).isTrue();
        assertThat(server.requests().get(0).path()).isEqualTo("/api/v2/alerts");
        assertThat(firing.get("labels").get("alertname").asText()).isEqualTo("pool_saturation");
        assertThat(firing.get("labels").has("team_name")).isTrue();
        assertThat(firing.has("endsAt")).isFalse();
        assertThat(firing.get("annotations").get("guests_at_risk").asText()).isEqualTo("1400");
        assertThat(resolved.get("endsAt").asText()).isEqualTo(Alerts.T0.toString());
        assertThat(resolved.get("annotations").get("lasted").asText()).isEqualTo("1 min 30 s");
        assertThat(resolved.get("annotations").get("waiting_threads").asText()).isEqualTo("12");
        assertThat(firing.get("annotations").has("waiting_threads")).as("not carried: left out").isFalse();
        assertThat(server.requests().get(0).body() + server.requests().get(1).body()).doesNotContain("n/a");
    }
}
