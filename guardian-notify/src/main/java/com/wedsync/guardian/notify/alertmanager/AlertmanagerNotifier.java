package com.wedsync.guardian.notify.alertmanager;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.AlertFacts;
import com.wedsync.guardian.notify.http.HttpTransport;
import com.wedsync.guardian.notify.http.Json;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.List;

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
        this.http = new HttpTransport(name, config.timeouts(), clock, List.of(config.url()));
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
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(config.url().reveal()))
                    .header("Content-Type", "application/json")
                    .POST(Json.body(PostableAlert.render(new AlertFacts(notification), config.generatorUrl(),
                            clock.instant())));
        } catch (RuntimeException e) {
            return DeliveryResult.permanent(0, "request could not be built (" + e.getClass().getSimpleName() + ")");
        }
        return http.send(request);
    }

    @Override
    public String toString() {
        return "AlertmanagerNotifier[" + name + "]";
    }
}
