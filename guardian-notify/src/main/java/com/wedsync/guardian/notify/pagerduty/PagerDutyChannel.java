package com.wedsync.guardian.notify.pagerduty;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelSettings;
import com.wedsync.guardian.notify.ChannelType;
import com.wedsync.guardian.notify.http.HttpTimeouts;

/** {@code {type: pagerduty, routingKey, url?, source?, dashboardUrl?}}. */
public final class PagerDutyChannel implements ChannelType {

    static final String TYPE = "pagerduty";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Notifier create(ChannelSettings s, ChannelEnvironment env) {
        var key = s.secret("routingKey");
        if (!key.reveal().isEmpty() && key.reveal().length() != PagerDutyConfig.ROUTING_KEY_LENGTH) {
            s.problem("routingKey", "must be " + PagerDutyConfig.ROUTING_KEY_LENGTH
                    + " characters, but had " + key.reveal().length());
        }
        String url = s.url("url", PagerDutyConfig.DEFAULT_URL);
        String source = s.string("source", "wedsync-pool-guardian");
        String dashboard = s.url("dashboardUrl", env.dashboardUrl());
        HttpTimeouts timeouts = HttpTimeouts.from(s);
        if (!s.problems().isEmpty()) {
            return null;
        }
        return new PagerDutyNotifier(s.name(), PagerDutyConfig.builder().routingKey(key).url(url).source(source)
                .dashboardUrl(dashboard).timeouts(timeouts).build(), env.clock());
    }
}
