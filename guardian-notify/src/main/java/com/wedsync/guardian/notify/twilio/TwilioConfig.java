package com.wedsync.guardian.notify.twilio;

import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.secret.Secret;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Twilio account (SID and auth token), the sending number and the recipients. Phone numbers count as
 * secrets: an invalid one is reported by position, never by value.
 */
public final class TwilioConfig {

    public static final String DEFAULT_BASE_URL = "https://api.twilio.com";
    /** E.164: a plus and 8 to 15 digits (contracts/README.md). */
    static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
    /** The account SID's shape in the Twilio spec: AC and 32 hex digits. */
    static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");

    private final Secret accountSid;
    private final Secret authToken;
    private final Secret from;
    private final List<Secret> to;
    private final List<String> recipientKeys;
    private final String baseUrl;
    private final String dashboardUrl;
    private final HttpTimeouts timeouts;

    private TwilioConfig(Builder b) {
        this.accountSid = b.accountSid;
        this.authToken = b.authToken;
        this.from = b.from;
        this.to = List.copyOf(b.to);
        this.recipientKeys = RecipientKeys.of(authToken, to);
        this.baseUrl = b.baseUrl;
        this.dashboardUrl = b.dashboardUrl;
        this.timeouts = b.timeouts;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static boolean isE164(String number) {
        return number != null && E164.matcher(number).matches();
    }

    public Secret accountSid() {
        return accountSid;
    }

    public Secret authToken() {
        return authToken;
    }

    public Secret from() {
        return from;
    }

    public List<Secret> to() {
        return to;
    }

    /** The key of each recipient in {@link #to()}, in the same order, as a retry remembers it (never the number). */
    List<String> recipientKeys() {
        return recipientKeys;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String dashboardUrl() {
        return dashboardUrl;
    }

    public HttpTimeouts timeouts() {
        return timeouts;
    }

    /** The Basic auth credentials, base64 of {@code sid:token}. */
    String basicCredentials() {
        return Base64.getEncoder().encodeToString(
                (accountSid.reveal() + ":" + authToken.reveal()).getBytes(StandardCharsets.UTF_8));
    }

    /** Every value to mask in anything printed; a phone number also without its "+", as an answer may spell it. */
    List<Secret> secrets() {
        List<Secret> all = new ArrayList<>(List.of(accountSid, authToken, Secret.of(basicCredentials())));
        List<Secret> numbers = new ArrayList<>(to);
        numbers.add(from);
        for (Secret n : numbers) {
            all.add(n);
            if (n.reveal().startsWith("+") && n.reveal().length() > 1) {
                all.add(Secret.of(n.reveal().substring(1)));
            }
        }
        return all;
    }

    @Override
    public String toString() {
        return "TwilioConfig[baseUrl=" + baseUrl + ", recipients=" + to.size() + "]";
    }

    public static final class Builder {
        private Secret accountSid;
        private Secret authToken;
        private Secret from;
        private final List<Secret> to = new ArrayList<>();
        private String baseUrl = DEFAULT_BASE_URL;
        private String dashboardUrl = "";
        private HttpTimeouts timeouts = HttpTimeouts.DEFAULT;

        public Builder accountSid(Secret sid) {
            if (sid == null || !ACCOUNT_SID.matcher(sid.reveal()).matches()) {
                throw new IllegalArgumentException("accountSid must be AC followed by 32 hex digits");
            }
            this.accountSid = sid;
            return this;
        }

        public Builder authToken(Secret token) {
            if (token == null || token.reveal().isBlank()) {
                throw new IllegalArgumentException("authToken must not be blank");
            }
            this.authToken = token;
            return this;
        }

        public Builder from(Secret number) {
            if (number == null || !isE164(number.reveal())) {
                throw new IllegalArgumentException("from must be E.164 (+ and 8 to 15 digits)");
            }
            this.from = number;
            return this;
        }

        public Builder addTo(Secret number) {
            if (number == null || !isE164(number.reveal())) {
                throw new IllegalArgumentException("to[" + to.size() + "] must be E.164 (+ and 8 to 15 digits)");
            }
            to.add(number);
            return this;
        }

        public Builder baseUrl(String url) {
            if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
                throw new IllegalArgumentException("baseUrl must be an http or https URL"); // not printed: it may carry a key
            }
            this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            return this;
        }

        public Builder dashboardUrl(String url) {
            this.dashboardUrl = url == null ? "" : url;
            return this;
        }

        public Builder timeouts(HttpTimeouts t) {
            this.timeouts = Objects.requireNonNull(t, "timeouts");
            return this;
        }

        public TwilioConfig build() {
            if (accountSid == null || authToken == null || from == null) {
                throw new IllegalArgumentException("accountSid, authToken and from are required");
            }
            if (to.isEmpty()) {
                throw new IllegalArgumentException("to needs at least one number");
            }
            return new TwilioConfig(this);
        }
    }
}
