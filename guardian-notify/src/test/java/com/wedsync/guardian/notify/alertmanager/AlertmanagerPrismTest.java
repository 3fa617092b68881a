package com.wedsync.guardian.notify.alertmanager;

import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.notify.testing.Alerts;
import com.wedsync.guardian.notify.testing.PrismMock;
import com.wedsync.guardian.notify.testing.RecordingProxy;
import com.wedsync.guardian.secret.Secret;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP to Prism serving contracts/alertmanager-api-v2.openapi.yaml (mock path /alerts, base path dropped). */
class AlertmanagerPrismTest {

    @Test
    void firingAndResolvedAlertsAreAcceptedWithoutAViolation() {
        PrismMock prism = PrismMock.serve("alertmanager-api-v2.openapi.yaml");
        try (RecordingProxy proxy = new RecordingProxy(prism.baseUrl())) {
            AlertmanagerNotifier am = new AlertmanagerNotifier("am", AlertmanagerConfig.builder()
                    .url(Secret.of(proxy.baseUrl() + "/alerts")).generatorUrl("https://guardian.wedsync.example/")
                    .timeouts(HttpTimeouts.DEFAULT).build(), Clock.systemUTC());
            for (Notification n : Alerts.everyShape()) {
                assertThat(am.deliver(n).delivered()).as(n.id()).isTrue();
            }
            long sent = Alerts.everyShape().stream().filter(n -> n.action() != NotificationAction.ACKNOWLEDGE).count();
            proxy.assertAcceptedWithoutViolations((int) sent);
        }
    }
}
