package com.wedsync.guardian.notify.pagerduty;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelKeys;
import com.wedsync.guardian.notify.ChannelType;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.secret.Secret;

import java.util.Optional;

/** {@code {type: pagerduty, routingKey, url?, source?, dashboardUrl?}}. */
public final class PagerDutyChannel implements ChannelType<PagerDutyConfig> {

    static final String TYPE = "pagerduty";
    static final Setting<Secret> ROUTING_KEY = Setting.secret("routingKey",
            "the Events API v2 integration key (32 characters)").required();
    static final Setting<String> URL = Setting.url("url", PagerDutyConfig.DEFAULT_URL, "the Events API endpoint",
            "http", "https");
    static final Setting<String> SOURCE = Setting.string("source", "wedsync-pool-guardian", "the event's source field");
    private static final Section SETTINGS = Section.of(TYPE, "a PagerDuty service (Events API v2)", ROUTING_KEY, URL,
            SOURCE, ChannelKeys.DASHBOARD_URL, HttpTimeouts.CONNECT_TIMEOUT, HttpTimeouts.READ_TIMEOUT);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Section settings() {
        return SETTINGS;
    }

    @Override
    public Optional<PagerDutyConfig> parse(ConfigReader e, String dashboardUrl) {
        Optional<Secret> key = e.find(ROUTING_KEY);
        key.filter(k -> !k.isEmpty() && k.reveal().length() != PagerDutyConfig.ROUTING_KEY_LENGTH).ifPresent(k ->
                e.problem(ROUTING_KEY, "must be " + PagerDutyConfig.ROUTING_KEY_LENGTH + " characters, but had "
                        + k.reveal().length()));
        String url = ChannelKeys.url(e, URL, PagerDutyConfig.DEFAULT_URL);
        String source = e.get(SOURCE);
        String dashboard = ChannelKeys.dashboardUrl(e, dashboardUrl);
        HttpTimeouts timeouts = HttpTimeouts.from(e);
        return e.buildIfValid(() -> PagerDutyConfig.builder().routingKey(key.orElseThrow()).url(url).source(source)
                .dashboardUrl(dashboard).timeouts(timeouts).build());
    }

    @Override
    public Notifier create(String name, PagerDutyConfig config, ChannelEnvironment env) {
        return new PagerDutyNotifier(name, config, env.clock());
    }
}
