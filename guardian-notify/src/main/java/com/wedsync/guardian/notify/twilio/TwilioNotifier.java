package com.wedsync.guardian.notify.twilio;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.AlertFacts;
import com.wedsync.guardian.notify.http.HttpTransport;
import com.wedsync.guardian.secret.Secret;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sends the SMS to each recipient in turn (Twilio takes one {@code To} per request) and stops at the first
 * failure, reporting it together with the recipients reached so far ({@link DeliveryResult#reached()}, as
 * {@link RecipientKeys}): the outbox keeps them, and the retry texts only the recipients not yet reached.
 * A recipient is named by its position in messages, never by its number.
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
        return deliver(notification, Set.of());
    }

    @Override
    public DeliveryResult deliver(Notification notification, Set<String> alreadyReached) {
        String body = SmsText.render(new AlertFacts(notification), config.dashboardUrl());
        List<Secret> to = config.to();
        List<String> keys = config.recipientKeys();
        Set<String> reached = new HashSet<>(alreadyReached);
        reached.retainAll(keys);
        int before = reached.size();
        int sent = 0;
        DeliveryResult last = null;
        DeliveryResult refused = null;
        for (int i = 0; i < to.size(); i++) {
            if (reached.contains(keys.get(i))) {
                continue;
            }
            DeliveryResult r = send(to.get(i), body);
            String which = "recipient " + (i + 1) + " of " + to.size() + ": " + r.detail();
            if (r.outcome() == DeliveryResult.Outcome.RETRYABLE) {
                // A rate limit or an outage is the account's, not the number's: the rest wait for the retry.
                return new DeliveryResult(r.outcome(), r.status(), r.retryAfter(), which, reached);
            }
            if (!r.delivered()) {
                // A number the vendor refuses for good must not keep the others from the page.
                refused = refused == null ? new DeliveryResult(r.outcome(), r.status(), r.retryAfter(), which) : refused;
                continue;
            }
            reached.add(keys.get(i));
            sent++;
            last = r;
        }
        String earlier = before == 0 ? "" : ", " + before + " reached by an earlier attempt";
        if (refused != null) {
            return new DeliveryResult(refused.outcome(), refused.status(), refused.retryAfter(), refused.detail()
                    + "; " + (reached.size() - before) + " other(s) reached" + earlier, reached);
        }
        if (last == null) {
            return DeliveryResult.delivered(0, "no SMS sent" + earlier);
        }
        return DeliveryResult.delivered(last.status(), sent + " SMS accepted" + earlier
                + " (" + last.detail() + ")");
    }

    private DeliveryResult send(Secret to, String body) {
        return http.send("request", () -> {
            String form = "To=" + enc(to.reveal()) + "&From=" + enc(config.from().reveal()) + "&Body=" + enc(body);
            URI uri = URI.create(config.baseUrl() + "/2010-04-01/Accounts/" + config.accountSid().reveal() + "/Messages.json");
            return HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + config.basicCredentials())
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        });
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "TwilioNotifier[" + name + "]";
    }
}
