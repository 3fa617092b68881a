package com.wedsync.guardian.notify.webhook;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelType;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.secret.Secret;

import java.util.Optional;

/** {@code {type: webhook, url, bearerToken?}}. */
public final class WebhookChannel implements ChannelType<WebhookConfig> {

    static final String TYPE = "webhook";
    static final Setting<Secret> URL = Setting.secretUrl("url", "where the JSON is posted (may carry a token)", "http",
            "https").required();
    static final Setting<Secret> BEARER_TOKEN = Setting.secret("bearerToken", "sent as Authorization: Bearer");
    private static final Section SETTINGS = Section.of(TYPE, "a JSON POST to any URL", URL, BEARER_TOKEN,
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
    public Optional<WebhookConfig> parse(ConfigReader e, String dashboardUrl) {
        Optional<Secret> url = e.find(URL);
        Secret token = e.find(BEARER_TOKEN).filter(t -> !t.isEmpty()).orElse(null);
        HttpTimeouts timeouts = HttpTimeouts.from(e);
        return e.buildIfValid(() -> WebhookConfig.builder().url(url.orElseThrow()).bearerToken(token).timeouts(timeouts)
                .build());
    }

    @Override
    public Notifier create(String name, WebhookConfig config, ChannelEnvironment env) {
        return new WebhookNotifier(name, config, env.clock());
    }
}
