package com.wedsync.guardian.notify.slack;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelSettings;
import com.wedsync.guardian.notify.ChannelType;
import com.wedsync.guardian.notify.http.HttpTimeouts;

import java.util.Optional;

/** {@code {type: slack, webhookUrl, dashboardUrl?}}. */
public final class SlackChannel implements ChannelType<SlackConfig> {

    static final String TYPE = "slack";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SlackConfig> parse(ChannelSettings s, String dashboardUrl) {
        var url = s.secretUrl("webhookUrl");
        String dashboard = s.url("dashboardUrl", dashboardUrl);
        HttpTimeouts timeouts = HttpTimeouts.from(s);
        return s.build(() -> SlackConfig.builder().webhookUrl(url).dashboardUrl(dashboard).timeouts(timeouts).build());
    }

    @Override
    public Notifier create(String name, SlackConfig config, ChannelEnvironment env) {
        return new SlackNotifier(name, config, env.clock());
    }
}
