package com.wedsync.guardian.notify.alertmanager;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelSettings;
import com.wedsync.guardian.notify.ChannelType;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.secret.Secret;

import java.util.Optional;

/** {@code {type: alertmanager, url (the full .../api/v2/alerts endpoint), generatorUrl?}}. */
public final class AlertmanagerChannel implements ChannelType<AlertmanagerConfig> {

    static final String TYPE = "alertmanager";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<AlertmanagerConfig> parse(ChannelSettings s, String dashboardUrl) {
        Secret url = s.secretUrl("url");
        String generator = s.url("generatorUrl", dashboardUrl);
        HttpTimeouts timeouts = HttpTimeouts.from(s);
        return s.build(() -> AlertmanagerConfig.builder().url(url).generatorUrl(generator).timeouts(timeouts).build());
    }

    @Override
    public Notifier create(String name, AlertmanagerConfig config, ChannelEnvironment env) {
        return new AlertmanagerNotifier(name, config, env.clock());
    }
}
