package com.wedsync.guardian.notify.pagerduty;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelSettings;
import com.wedsync.guardian.notify.ChannelType;
import com.wedsync.guardian.notify.http.HttpTimeouts;

import java.util.Optional;

/** {@code {type: pagerduty, routingKey, url?, source?, dashboardUrl?}}. */
public final class PagerDutyChannel implements ChannelType<PagerDutyConfig> {

    static final String TYPE = "pagerduty";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<PagerDutyConfig> parse(ChannelSettings s, String dashboardUrl) {
        var key = s.secret("routingKey");
        if (!key.isEmpty() && key.reveal().length() != PagerDutyConfig.ROUTING_KEY_LENGTH) {
            s.problem("routingKey", "must be " + PagerDutyConfig.ROUTING_KEY_LENGTH
                    + " characters, but had " + key.reveal().length());
        }
        String url = s.url("url", PagerDutyConfig.DEFAULT_URL);
        String source = s.string("source", "wedsync-pool-guardian");
        String dashboard = s.url("dashboardUrl", dashboardUrl);
        HttpTimeouts timeouts = HttpTimeouts.from(s);
        return s.build(() -> PagerDutyConfig.builder().routingKey(key).url(url).source(source)
                .dashboardUrl(dashboard).timeouts(timeouts).build());
    }

    @Override
    public Notifier create(String name, PagerDutyConfig config, ChannelEnvironment env) {
        return new PagerDutyNotifier(name, config, env.clock());
    }
}
