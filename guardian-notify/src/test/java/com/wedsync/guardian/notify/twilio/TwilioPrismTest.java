package com.wedsync.guardian.notify.twilio;

import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.notify.testing.Alerts;
import com.wedsync.guardian.notify.testing.PrismMock;
import com.wedsync.guardian.notify.testing.RecordingProxy;
import com.wedsync.guardian.secret.Secret;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP to Prism serving contracts/twilio_api_v2010.yaml (about 20 s to load). */
class TwilioPrismTest {

    @Test
    void everyAlertShapeIsAcceptedForEveryRecipientWithoutAViolation() {
        PrismMock prism = PrismMock.serve("twilio_api_v2010.yaml");
        try (RecordingProxy proxy = new RecordingProxy(prism.baseUrl())) {
            TwilioNotifier sms = new TwilioNotifier("exec-sms", TwilioConfig.builder()
                    .accountSid(Secret.of("AC0123456789abcdef0123456789abcdef")).authToken(Secret.of("token"))
                    .from(Secret.of("+15550001111")).addTo(Secret.of("+15550002222")).addTo(Secret.of("+447700900123"))
                    .baseUrl(proxy.baseUrl()).timeouts(HttpTimeouts.DEFAULT).build(), Clock.systemUTC());
            for (Notification n : Alerts.everyShape()) {
                assertThat(sms.deliver(n).delivered()).as(n.id()).isTrue();
            }
            proxy.assertAcceptedWithoutViolations(2 * Alerts.everyShape().size());
        }
    }
}
