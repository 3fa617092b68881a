package com.wedsync.guardian.notify.slack;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.AlertFacts;
import com.wedsync.guardian.notify.http.HttpTransport;
import com.wedsync.guardian.notify.http.Json;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;

/** Posts one Block Kit message to an incoming webhook. */
public final class SlackNotifier implements Notifier {

    private final String name;
    private final SlackConfig config;
    private final HttpTransport http;

    public SlackNotifier(String name, SlackConfig config, Clock clock) {
        this.name = name;
        this.config = config;
        this.http = new HttpTransport(name, config.timeouts(), clock, config.webhookUrl().withUrlParts());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return SlackChannel.TYPE;
    }

    @Override
    public DeliveryResult deliver(Notification notification) {
        return http.send("message", () -> HttpRequest.newBuilder(URI.create(config.webhookUrl().reveal()))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(Json.body(SlackMessage.render(new AlertFacts(notification), config.dashboardUrl()))));
    }

    @Override
    public String toString() {
        return "SlackNotifier[" + name + "]";
    }
}
