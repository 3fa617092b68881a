package com.wedsync.guardian.notify.alertmanager;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.AlertFacts;
import com.wedsync.guardian.notify.http.HttpTransport;
import com.wedsync.guardian.notify.http.Json;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.http.HttpRequest;
import java.time.Clock;

/**
 * Posts alerts to Alertmanager, which groups and routes them itself. Alertmanager has no acknowledgement
 * (that is a silence), so an acknowledge sends nothing and counts as delivered.
 */
public final class AlertmanagerNotifier implements Notifier {

    private final String name;
    private final AlertmanagerConfig config;
    private final Clock clock;
    private final HttpTransport http;

    public AlertmanagerNotifier(String name, AlertmanagerConfig config, Clock clock) {
        this.name = name;
        this.config = config;
        this.clock = clock;
        this.http = new HttpTransport(name, config.timeouts(), clock, config.url().withUrlParts());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return AlertmanagerChannel.TYPE;
    }

    @Override
    public DeliveryResult deliver(Notification notification) {
        if (notification.action() == NotificationAction.ACKNOWLEDGE) {
            return DeliveryResult.delivered(0, "alertmanager has no acknowledgement; nothing to send");
        }
        return http.send("request", () -> {
            URI uri = URI.create(config.url().reveal());
            HttpRequest.Builder request = HttpRequest.newBuilder(withoutUserInfo(uri))
                    .header("Content-Type", "application/json")
                    .POST(Json.body(PostableAlert.render(new AlertFacts(notification), config.generatorUrl(),
                            clock.instant())));
            if (uri.getRawUserInfo() != null) {
                // Alertmanager behind a proxy with basic auth: http://user:password@host/api/v2/alerts
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)));
            }
            return request;
        });
    }

    private static URI withoutUserInfo(URI u) {
        if (u.getRawUserInfo() == null) {
            return u;
        }
        return URI.create(u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort())
                + (u.getRawPath() == null ? "" : u.getRawPath()) + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
    }

    @Override
    public String toString() {
        return "AlertmanagerNotifier[" + name + "]";
    }
}
