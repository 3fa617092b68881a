package com.wedsync.guardian.notify.resend;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelSettings;
import com.wedsync.guardian.notify.ChannelType;
import com.wedsync.guardian.notify.http.HttpTimeouts;

import java.util.List;
import java.util.Optional;

/** {@code {type: resend, apiKey, from, to: [...], baseUrl?, dashboardUrl?}}. */
public final class ResendChannel implements ChannelType<ResendConfig> {

    static final String TYPE = "resend";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<ResendConfig> parse(ChannelSettings s, String dashboardUrl) {
        var key = s.secret("apiKey");
        String from = s.string("from");
        if (!from.isEmpty() && !from.contains("@")) {
            s.problem("from", "must be an email address, but was '" + from + "'");
        }
        List<String> to = s.strings("to");
        if (to.size() > ResendConfig.MAX_RECIPIENTS) {
            s.problem("to", "may hold at most " + ResendConfig.MAX_RECIPIENTS + " addresses, but held " + to.size());
        }
        for (int i = 0; i < to.size(); i++) {
            if (!to.get(i).contains("@")) {
                s.problem("to[" + i + "]", "must be an email address");
            }
        }
        String baseUrl = s.url("baseUrl", ResendConfig.DEFAULT_BASE_URL);
        String dashboard = s.url("dashboardUrl", dashboardUrl);
        HttpTimeouts timeouts = HttpTimeouts.from(s);
        return s.build(() -> ResendConfig.builder().apiKey(key).from(from).to(to).baseUrl(baseUrl)
                .dashboardUrl(dashboard).timeouts(timeouts).build());
    }

    @Override
    public Notifier create(String name, ResendConfig config, ChannelEnvironment env) {
        return new ResendNotifier(name, config, env.history(), env.clock());
    }
}
