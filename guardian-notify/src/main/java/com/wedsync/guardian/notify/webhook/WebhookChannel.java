package com.wedsync.guardian.notify.webhook;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelSettings;
import com.wedsync.guardian.notify.ChannelType;
import com.wedsync.guardian.secret.Secret;
import com.wedsync.guardian.notify.http.HttpTimeouts;

/** {@code {type: webhook, url, bearerToken?}}. */
public final class WebhookChannel implements ChannelType {

    static final String TYPE = "webhook";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Notifier create(ChannelSettings s, ChannelEnvironment env) {
        Secret url = s.secretUrl("url");
        String token = s.string("bearerToken", "");
        HttpTimeouts timeouts = HttpTimeouts.from(s);
        if (!s.problems().isEmpty()) {
            return null;
        }
        return new WebhookNotifier(s.name(), WebhookConfig.builder().url(url)
                .bearerToken(token.isEmpty() ? null : Secret.of(token)).timeouts(timeouts).build(), env.clock());
    }
}
