package com.wedsync.guardian.notify.twilio;

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

/** {@code {type: twilio, accountSid, authToken, from, to: [...], baseUrl?, dashboardUrl?}}. */
public final class TwilioChannel implements ChannelType<TwilioConfig> {

    static final String TYPE = "twilio";
    private static final String E164 = "must be E.164 (+ and 8 to 15 digits)";
    static final Setting<Secret> ACCOUNT_SID = Setting.secret("accountSid", "the account SID (AC and 32 hex digits)")
            .required();
    static final Setting<Secret> AUTH_TOKEN = Setting.secret("authToken", "the account's auth token").required();
    static final Setting<Secret> FROM = Setting.secret("from", "the sending number, E.164").required();
    static final Setting<List<Secret>> TO = Setting.listOf("to", ValueType.secret(), 1, 100,
            "the numbers texted, E.164 (reported by position, never by value)").required();
    static final Setting<String> BASE_URL = Setting.url("baseUrl", TwilioConfig.DEFAULT_BASE_URL, "the API's address",
            "http", "https");
    private static final Section SETTINGS = Section.of(TYPE, "SMS through Twilio", ACCOUNT_SID, AUTH_TOKEN, FROM, TO,
            BASE_URL, ChannelKeys.DASHBOARD_URL, HttpTimeouts.CONNECT_TIMEOUT, HttpTimeouts.READ_TIMEOUT);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Section settings() {
        return SETTINGS;
    }

    @Override
    public Optional<TwilioConfig> parse(ConfigReader e, String dashboardUrl) {
        Optional<Secret> sid = e.find(ACCOUNT_SID);
        sid.filter(s -> !s.isEmpty() && !TwilioConfig.ACCOUNT_SID.matcher(s.reveal()).matches())
                .ifPresent(s -> e.problem(ACCOUNT_SID, "must be AC followed by 32 hex digits"));
        Optional<Secret> token = e.find(AUTH_TOKEN);
        Optional<Secret> from = e.find(FROM);
        from.filter(f -> !f.isEmpty() && !TwilioConfig.isE164(f.reveal())).ifPresent(f -> e.problem(FROM, E164));
        List<Secret> to = e.find(TO).orElse(List.of());
        for (int i = 0; i < to.size(); i++) {
            if (!TwilioConfig.isE164(to.get(i).reveal())) {
                e.problem(TO.key() + "[" + i + "]", E164);
            }
        }
        String baseUrl = ChannelKeys.url(e, BASE_URL, TwilioConfig.DEFAULT_BASE_URL);
        String dashboard = ChannelKeys.dashboardUrl(e, dashboardUrl);
        HttpTimeouts timeouts = HttpTimeouts.from(e);
        return e.buildIfValid(() -> {
            TwilioConfig.Builder b = TwilioConfig.builder().accountSid(sid.orElseThrow()).authToken(token.orElseThrow())
                    .from(from.orElseThrow()).baseUrl(baseUrl).dashboardUrl(dashboard).timeouts(timeouts);
            to.forEach(b::addTo);
            return b.build();
        });
    }

    @Override
    public Notifier create(String name, TwilioConfig config, ChannelEnvironment env) {
        return new TwilioNotifier(name, config, env.clock());
    }
}
