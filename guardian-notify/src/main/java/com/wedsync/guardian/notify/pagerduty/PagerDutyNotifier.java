package com.wedsync.guardian.notify.pagerduty;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.AlertFacts;
import com.wedsync.guardian.notify.http.HttpTransport;
import com.wedsync.guardian.notify.http.Json;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.List;

/** Sends one Events v2 event. A 202 means PagerDuty queued it. */
public final class PagerDutyNotifier implements Notifier {

    private final String name;
    private final PagerDutyConfig config;
    private final HttpTransport http;

    public PagerDutyNotifier(String name, PagerDutyConfig config, Clock clock) {
        this.name = name;
        this.config = config;
        this.http = new HttpTransport(name, config.timeouts(), clock, List.of(config.routingKey()));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return PagerDutyChannel.TYPE;
    }

    @Override
    public DeliveryResult deliver(Notification notification) {
        return http.send("event", () -> HttpRequest.newBuilder(URI.create(config.url()))
                .header("Content-Type", "application/json")
                .POST(Json.body(PagerDutyEvent.render(new AlertFacts(notification), config))));
    }

    @Override
    public String toString() {
        return "PagerDutyNotifier[" + name + "]";
    }
}
