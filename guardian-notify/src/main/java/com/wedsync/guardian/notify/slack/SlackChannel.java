package com.wedsync.guardian.notify.slack;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelSettings;
import com.wedsync.guardian.notify.ChannelType;
import com.wedsync.guardian.notify.http.HttpTimeouts;

/** {@code {type: slack, webhookUrl, dashboardUrl?}}. */
public final class SlackChannel implements ChannelType {

    static final String TYPE = "slack";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Notifier create(ChannelSettings s, ChannelEnvironment env) {
        var url = s.secretUrl("webhookUrl");
        String dashboard = s.url("dashboardUrl", env.dashboardUrl());
        HttpTimeouts timeouts = HttpTimeouts.from(s);
        if (!s.problems().isEmpty()) {
            return null;
        }
        return new SlackNotifier(s.name(), SlackConfig.builder().webhookUrl(url).dashboardUrl(dashboard)
                .timeouts(timeouts).build(), env.clock());
    }
}
