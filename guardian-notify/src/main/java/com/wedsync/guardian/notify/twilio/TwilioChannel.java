package com.wedsync.guardian.notify.twilio;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelSettings;
import com.wedsync.guardian.notify.ChannelType;
import com.wedsync.guardian.secret.Secret;
import com.wedsync.guardian.notify.http.HttpTimeouts;

import java.util.List;

/** {@code {type: twilio, accountSid, authToken, from, to: [...], baseUrl?, dashboardUrl?}}. */
public final class TwilioChannel implements ChannelType {

    static final String TYPE = "twilio";
    private static final String E164 = "must be E.164 (+ and 8 to 15 digits)";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Notifier create(ChannelSettings s, ChannelEnvironment env) {
        Secret sid = s.secret("accountSid");
        if (!sid.reveal().isEmpty() && !TwilioConfig.ACCOUNT_SID.matcher(sid.reveal()).matches()) {
            s.problem("accountSid", "must be AC followed by 32 hex digits");
        }
        Secret token = s.secret("authToken");
        Secret from = s.secret("from");
        if (!from.reveal().isEmpty() && !TwilioConfig.isE164(from.reveal())) {
            s.problem("from", E164);
        }
        List<String> to = s.strings("to");
        for (int i = 0; i < to.size(); i++) {
            if (!TwilioConfig.isE164(to.get(i))) {
                s.problem("to[" + i + "]", E164);
            }
        }
        String baseUrl = s.url("baseUrl", TwilioConfig.DEFAULT_BASE_URL);
        String dashboard = s.url("dashboardUrl", env.dashboardUrl());
        HttpTimeouts timeouts = HttpTimeouts.from(s);
        if (!s.problems().isEmpty()) {
            return null;
        }
        TwilioConfig.Builder b = TwilioConfig.builder().accountSid(sid).authToken(token).from(from)
                .baseUrl(baseUrl).dashboardUrl(dashboard).timeouts(timeouts);
        to.forEach(n -> b.addTo(Secret.of(n)));
        return new TwilioNotifier(s.name(), b.build(), env.clock());
    }
}
