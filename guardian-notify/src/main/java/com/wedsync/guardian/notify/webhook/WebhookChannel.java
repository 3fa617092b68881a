package com.wedsync.guardian.notify.webhook;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelSettings;
import com.wedsync.guardian.notify.ChannelType;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.secret.Secret;

import java.util.Optional;

/** {@code {type: webhook, url, bearerToken?}}. */
public final class WebhookChannel implements ChannelType<WebhookConfig> {

    static final String TYPE = "webhook";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<WebhookConfig> parse(ChannelSettings s, String dashboardUrl) {
        Secret url = s.secretUrl("url");
        String token = s.string("bearerToken", "");
        HttpTimeouts timeouts = HttpTimeouts.from(s);
        return s.build(() -> WebhookConfig.builder().url(url)
                .bearerToken(token.isEmpty() ? null : Secret.of(token)).timeouts(timeouts).build());
    }

    @Override
    public Notifier create(String name, WebhookConfig config, ChannelEnvironment env) {
        return new WebhookNotifier(name, config, env.clock());
    }
}
