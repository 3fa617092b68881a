package com.wedsync.guardian.notify.resend;

import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.notify.testing.Alerts;
import com.wedsync.guardian.notify.testing.PrismMock;
import com.wedsync.guardian.notify.testing.RecordingProxy;
import com.wedsync.guardian.secret.Secret;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP to Prism serving contracts/resend.yaml. */
class ResendPrismTest {

    @Test
    void everyAlertShapeWithItsCsvIsAcceptedWithoutAViolation() {
        PrismMock prism = PrismMock.serve("resend.yaml");
        try (RecordingProxy proxy = new RecordingProxy(prism.baseUrl())) {
            ResendNotifier mail = new ResendNotifier("team-email", ResendConfig.builder().apiKey(Secret.of("re_test_key"))
                    .from("Guardian <guardian@wedsync.example>").to(List.of("ops@wedsync.example"))
                    .baseUrl(proxy.baseUrl()).dashboardUrl("https://guardian.wedsync.example/")
                    .timeouts(HttpTimeouts.DEFAULT).build(), ResendNotifierTest::hour, Clock.systemUTC());
            for (Notification n : Alerts.everyShape()) {
                assertThat(mail.deliver(n).delivered()).as(n.id()).isTrue();
            }
            proxy.assertAcceptedWithoutViolations(Alerts.everyShape().size());
        }
    }
}
