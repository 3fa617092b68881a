package com.wedsync.guardian.notify.slack;

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

/** {@code {type: slack, webhookUrl, dashboardUrl?}}. */
public final class SlackChannel implements ChannelType<SlackConfig> {

    static final String TYPE = "slack";
    static final Setting<Secret> WEBHOOK_URL = Setting.secretUrl("webhookUrl",
            "the incoming webhook (the URL is the credential)", "http", "https").required();
    private static final Section SETTINGS = Section.of(TYPE, "a Slack incoming webhook", WEBHOOK_URL,
            ChannelKeys.DASHBOARD_URL, HttpTimeouts.CONNECT_TIMEOUT, HttpTimeouts.READ_TIMEOUT);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Section settings() {
        return SETTINGS;
    }

    @Override
    public Optional<SlackConfig> parse(ConfigReader e, String dashboardUrl) {
        Optional<Secret> url = e.find(WEBHOOK_URL);
        String dashboard = ChannelKeys.dashboardUrl(e, dashboardUrl);
        HttpTimeouts timeouts = HttpTimeouts.from(e);
        return e.buildIfValid(() -> SlackConfig.builder().webhookUrl(url.orElseThrow()).dashboardUrl(dashboard)
                .timeouts(timeouts).build());
    }

    @Override
    public Notifier create(String name, SlackConfig config, ChannelEnvironment env) {
        return new SlackNotifier(name, config, env.clock());
    }
}
