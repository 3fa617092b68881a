package com.wedsync.guardian.notify.webhook;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.http.HttpTransport;
import com.wedsync.guardian.notify.http.Json;
import com.wedsync.guardian.secret.Secret;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** POSTs the webhook document, with an {@code Idempotency-Key} header receivers may de-duplicate on. */
public final class WebhookNotifier implements Notifier {

    private final String name;
    private final WebhookConfig config;
    private final HttpTransport http;

    public WebhookNotifier(String name, WebhookConfig config, Clock clock) {
        this.name = name;
        this.config = config;
        List<Secret> secrets = new ArrayList<>(config.url().withUrlParts());
        config.bearerToken().ifPresent(secrets::add);
        this.http = new HttpTransport(name, config.timeouts(), clock, secrets);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return WebhookChannel.TYPE;
    }

    @Override
    public DeliveryResult deliver(Notification notification) {
        return http.send("request", () -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.url().reveal()))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", notification.id())
                    .POST(Json.body(WebhookPayload.render(notification)));
            config.bearerToken().ifPresent(t -> request.header("Authorization", "Bearer " + t.reveal()));
            return request;
        });
    }

    @Override
    public String toString() {
        return "WebhookNotifier[" + name + "]";
    }
}
