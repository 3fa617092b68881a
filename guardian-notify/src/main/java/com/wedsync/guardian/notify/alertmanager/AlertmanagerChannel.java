package com.wedsync.guardian.notify.alertmanager;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelSettings;
import com.wedsync.guardian.notify.ChannelType;
import com.wedsync.guardian.secret.Secret;
import com.wedsync.guardian.notify.http.HttpTimeouts;

/** {@code {type: alertmanager, url (the full .../api/v2/alerts endpoint), generatorUrl?}}. */
public final class AlertmanagerChannel implements ChannelType {

    static final String TYPE = "alertmanager";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Notifier create(ChannelSettings s, ChannelEnvironment env) {
        Secret url = s.secretUrl("url");
        String generator = s.url("generatorUrl", env.dashboardUrl());
        HttpTimeouts timeouts = HttpTimeouts.from(s);
        if (!s.problems().isEmpty()) {
            return null;
        }
        return new AlertmanagerNotifier(s.name(), AlertmanagerConfig.builder().url(url).generatorUrl(generator)
                .timeouts(timeouts).build(), env.clock());
    }
}
