package com.wedsync.guardian.notify.alertmanager;

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

/** {@code {type: alertmanager, url (the full .../api/v2/alerts endpoint), generatorUrl?}}. */
public final class AlertmanagerChannel implements ChannelType<AlertmanagerConfig> {

    static final String TYPE = "alertmanager";
    static final Setting<Secret> URL = Setting.secretUrl("url", "the full .../api/v2/alerts endpoint", "http", "https")
            .required();
    static final Setting<String> GENERATOR_URL = Setting.url("generatorUrl", null, "the link each alert carries",
            "http", "https").defaultText("alerts.dashboardUrl");
    private static final Section SETTINGS = Section.of(TYPE, "a Prometheus Alertmanager", URL, GENERATOR_URL,
            HttpTimeouts.CONNECT_TIMEOUT, HttpTimeouts.READ_TIMEOUT);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Section settings() {
        return SETTINGS;
    }

    @Override
    public Optional<AlertmanagerConfig> parse(ConfigReader e, String dashboardUrl) {
        Optional<Secret> url = e.find(URL);
        String generator = ChannelKeys.url(e, GENERATOR_URL, dashboardUrl);
        HttpTimeouts timeouts = HttpTimeouts.from(e);
        return e.buildIfValid(() -> AlertmanagerConfig.builder().url(url.orElseThrow()).generatorUrl(generator)
                .timeouts(timeouts).build());
    }

    @Override
    public Notifier create(String name, AlertmanagerConfig config, ChannelEnvironment env) {
        return new AlertmanagerNotifier(name, config, env.clock());
    }
}
