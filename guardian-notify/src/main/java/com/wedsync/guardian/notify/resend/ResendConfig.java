package com.wedsync.guardian.notify.resend;

import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.secret.Secret;

import java.util.List;
import java.util.Objects;

/** A Resend API key, the sender, the recipients (at most 50) and the endpoint. */
public final class ResendConfig {

    public static final String DEFAULT_BASE_URL = "https://api.resend.com";
    /** Resend accepts at most 50 recipients per email (contracts/README.md). */
    public static final int MAX_RECIPIENTS = 50;

    private final Secret apiKey;
    private final String from;
    private final List<String> to;
    private final String baseUrl;
    private final String dashboardUrl;
    private final HttpTimeouts timeouts;

    private ResendConfig(Builder b) {
        this.apiKey = b.apiKey;
        this.from = b.from;
        this.to = b.to;
        this.baseUrl = b.baseUrl;
        this.dashboardUrl = b.dashboardUrl;
        this.timeouts = b.timeouts;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Secret apiKey() {
        return apiKey;
    }

    public String from() {
        return from;
    }

    public List<String> to() {
        return to;
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

    @Override
    public String toString() {
        return "ResendConfig[baseUrl=" + baseUrl + ", recipients=" + to.size() + ", apiKey=" + apiKey + "]";
    }

    public static final class Builder {
        private Secret apiKey;
        private String from;
        private List<String> to = List.of();
        private String baseUrl = DEFAULT_BASE_URL;
        private String dashboardUrl = "";
        private HttpTimeouts timeouts = HttpTimeouts.DEFAULT;

        public Builder apiKey(Secret key) {
            if (key == null || key.reveal().isBlank()) {
                throw new IllegalArgumentException("apiKey must not be blank");
            }
            this.apiKey = key;
            return this;
        }

        public Builder from(String from) {
            if (from == null || !from.contains("@")) {
                throw new IllegalArgumentException("from must be an email address, but was '" + from + "'");
            }
            this.from = from;
            return this;
        }

        public Builder to(List<String> to) {
            if (to == null || to.isEmpty() || to.size() > MAX_RECIPIENTS) {
                throw new IllegalArgumentException("to must hold 1 to " + MAX_RECIPIENTS + " addresses, but held "
                        + (to == null ? 0 : to.size()));
            }
            for (int i = 0; i < to.size(); i++) {
                if (!to.get(i).contains("@")) {
                    throw new IllegalArgumentException("to[" + i + "] must be an email address");
                }
            }
            this.to = List.copyOf(to);
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

        public ResendConfig build() {
            if (apiKey == null || from == null || to.isEmpty()) {
                throw new IllegalArgumentException("apiKey, from and to are required");
            }
            return new ResendConfig(this);
        }
    }
}
