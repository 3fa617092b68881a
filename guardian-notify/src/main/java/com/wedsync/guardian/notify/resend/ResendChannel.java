package com.wedsync.guardian.notify.resend;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.config.ValueType;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelKeys;
import com.wedsync.guardian.notify.ChannelType;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.secret.Secret;

import java.util.List;
import java.util.Optional;

/** {@code {type: resend, apiKey, from, to: [...], baseUrl?, dashboardUrl?}}. */
public final class ResendChannel implements ChannelType<ResendConfig> {

    static final String TYPE = "resend";
    static final Setting<Secret> API_KEY = Setting.secret("apiKey", "the Resend API key").required();
    static final Setting<String> FROM = Setting.string("from", null, "the sender, such as Guardian <guardian@example.org>")
            .required();
    static final Setting<List<String>> TO = Setting.listOf("to", ValueType.string(320), 1, ResendConfig.MAX_RECIPIENTS,
            "the addresses mailed").required();
    static final Setting<String> BASE_URL = Setting.url("baseUrl", ResendConfig.DEFAULT_BASE_URL, "the API's address",
            "http", "https");
    private static final Section SETTINGS = Section.of(TYPE, "e-mail through Resend", API_KEY, FROM, TO, BASE_URL,
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
    public Optional<ResendConfig> parse(ConfigReader e, String dashboardUrl) {
        Optional<Secret> key = e.find(API_KEY);
        Optional<String> from = e.find(FROM);
        from.filter(f -> !f.isEmpty() && !f.contains("@"))
                .ifPresent(f -> e.problem(FROM, "must be an email address, but was '" + f + "'"));
        List<String> to = e.find(TO).orElse(List.of());
        for (int i = 0; i < to.size(); i++) {
            if (!to.get(i).contains("@")) {
                e.problem(TO.key() + "[" + i + "]", "must be an email address");
            }
        }
        String baseUrl = ChannelKeys.url(e, BASE_URL, ResendConfig.DEFAULT_BASE_URL);
        String dashboard = ChannelKeys.dashboardUrl(e, dashboardUrl);
        HttpTimeouts timeouts = HttpTimeouts.from(e);
        return e.buildIfValid(() -> ResendConfig.builder().apiKey(key.orElseThrow()).from(from.orElseThrow()).to(to)
                .baseUrl(baseUrl).dashboardUrl(dashboard).timeouts(timeouts).build());
    }

    @Override
    public Notifier create(String name, ResendConfig config, ChannelEnvironment env) {
        return new ResendNotifier(name, config, env.history(), env.clock());
    }
}
