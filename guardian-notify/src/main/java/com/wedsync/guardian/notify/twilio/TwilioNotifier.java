package com.wedsync.guardian.notify.twilio;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.AlertFacts;
import com.wedsync.guardian.notify.Secret;
import com.wedsync.guardian.notify.http.HttpTransport;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Sends the SMS to each recipient in turn (Twilio takes one {@code To} per request) and stops at the first
 * failure, reporting it: the whole notification is then retried, and recipients already reached may get
 * the text twice, which for an emergency page is the safer side.
 */
public final class TwilioNotifier implements Notifier {

    private final String name;
    private final TwilioConfig config;
    private final HttpTransport http;

    public TwilioNotifier(String name, TwilioConfig config, Clock clock) {
        this.name = name;
        this.config = config;
        this.http = new HttpTransport(name, config.timeouts(), clock, config.secrets());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return TwilioChannel.TYPE;
    }

    @Override
    public DeliveryResult deliver(Notification notification) {
        String body = SmsText.render(new AlertFacts(notification), config.dashboardUrl());
        DeliveryResult last = DeliveryResult.permanent(0, "no recipient");
        int n = 0;
        for (Secret to : config.to()) {
            n++;
            DeliveryResult r = send(to, body);
            if (!r.delivered()) {
                return new DeliveryResult(r.outcome(), r.status(), r.retryAfter(),
                        "recipient " + n + " of " + config.to().size() + ": " + r.detail());
            }
            last = r;
        }
        return DeliveryResult.delivered(last.status(), config.to().size() + " SMS accepted (" + last.detail() + ")");
    }

    private DeliveryResult send(Secret to, String body) {
        try {
            String form = "To=" + enc(to.reveal()) + "&From=" + enc(config.from().reveal()) + "&Body=" + enc(body);
            String auth = config.basicCredentials();
            URI uri = URI.create(config.baseUrl() + "/2010-04-01/Accounts/" + config.accountSid().reveal() + "/Messages.json");
            return http.send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + auth)
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        } catch (RuntimeException e) {
            return DeliveryResult.permanent(0, "request could not be built (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "TwilioNotifier[" + name + "]";
    }
}
