package com.wedsync.guardian.notify.twilio;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelSettings;
import com.wedsync.guardian.notify.ChannelType;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.secret.Secret;

import java.util.List;
import java.util.Optional;

/** {@code {type: twilio, accountSid, authToken, from, to: [...], baseUrl?, dashboardUrl?}}. */
public final class TwilioChannel implements ChannelType<TwilioConfig> {

    static final String TYPE = "twilio";
    private static final String E164 = "must be E.164 (+ and 8 to 15 digits)";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<TwilioConfig> parse(ChannelSettings s, String dashboardUrl) {
        Secret sid = s.secret("accountSid");
        if (!sid.isEmpty() && !TwilioConfig.ACCOUNT_SID.matcher(sid.reveal()).matches()) {
            s.problem("accountSid", "must be AC followed by 32 hex digits");
        }
        Secret token = s.secret("authToken");
        Secret from = s.secret("from");
        if (!from.isEmpty() && !TwilioConfig.isE164(from.reveal())) {
            s.problem("from", E164);
        }
        List<String> to = s.strings("to");
        for (int i = 0; i < to.size(); i++) {
            if (!TwilioConfig.isE164(to.get(i))) {
                s.problem("to[" + i + "]", E164);
            }
        }
        String baseUrl = s.url("baseUrl", TwilioConfig.DEFAULT_BASE_URL);
        String dashboard = s.url("dashboardUrl", dashboardUrl);
        HttpTimeouts timeouts = HttpTimeouts.from(s);
        return s.build(() -> {
            TwilioConfig.Builder b = TwilioConfig.builder().accountSid(sid).authToken(token).from(from)
                    .baseUrl(baseUrl).dashboardUrl(dashboard).timeouts(timeouts);
            to.forEach(n -> b.addTo(Secret.of(n)));
            return b.build();
        });
    }

    @Override
    public Notifier create(String name, TwilioConfig config, ChannelEnvironment env) {
        return new TwilioNotifier(name, config, env.clock());
    }
}
