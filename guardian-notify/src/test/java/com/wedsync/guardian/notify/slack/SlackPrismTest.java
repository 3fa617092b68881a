package com.wedsync.guardian.notify.slack;

import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.notify.testing.Alerts;
import com.wedsync.guardian.notify.testing.PrismMock;
import com.wedsync.guardian.notify.testing.RecordingProxy;
import com.wedsync.guardian.secret.Secret;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP to Prism serving contracts/slack-incoming-webhook.openapi.yaml. */
class SlackPrismTest {

    @Test
    void everyAlertShapeIsAcceptedWithoutAViolation() {
        PrismMock prism = PrismMock.serve("slack-incoming-webhook.openapi.yaml");
        try (RecordingProxy proxy = new RecordingProxy(prism.baseUrl())) {
            SlackNotifier slack = new SlackNotifier("ops-slack", SlackConfig.builder()
                    .webhookUrl(Secret.of(proxy.baseUrl() + "/services/T000/B000/XXXX"))
                    .dashboardUrl("https://guardian.wedsync.example/pools").timeouts(HttpTimeouts.DEFAULT).build(),
                    Clock.systemUTC());
            for (Notification n : Alerts.everyShape()) {
                assertThat(slack.deliver(n).delivered()).as(n.id()).isTrue();
            }
            proxy.assertAcceptedWithoutViolations(Alerts.everyShape().size());
        }
    }
}
