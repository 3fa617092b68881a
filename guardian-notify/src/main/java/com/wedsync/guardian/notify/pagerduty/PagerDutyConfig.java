package com.wedsync.guardian.notify.pagerduty;

import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.secret.Secret;

import java.util.Objects;

/** An Events v2 integration: its 32-character routing key, the endpoint, and how events name their source. */
public final class PagerDutyConfig {

    public static final String DEFAULT_URL = "https://events.pagerduty.com/v2/enqueue";
    /** The integration key is exactly 32 characters (PagerDuty Events API v2). */
    static final int ROUTING_KEY_LENGTH = 32;

    private final Secret routingKey;
    private final String url;
    private final String source;
    private final String dashboardUrl;
    private final HttpTimeouts timeouts;

    private PagerDutyConfig(Builder b) {
        this.routingKey = b.routingKey;
        this.url = b.url;
        this.source = b.source;
        this.dashboardUrl = b.dashboardUrl;
        this.timeouts = b.timeouts;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Secret routingKey() {
        return routingKey;
    }

    public String url() {
        return url;
    }

    public String source() {
        return source;
    }

    public String dashboardUrl() {
        return dashboardUrl;
    }

    public HttpTimeouts timeouts() {
        return timeouts;
    }

    @Override
    public String toString() {
        return "PagerDutyConfig[url=" + url + ", routingKey=" + routingKey + ", source=" + source + "]";
    }

    public static final class Builder {
        private Secret routingKey;
        private String url = DEFAULT_URL;
        private String source = "wedsync-pool-guardian";
        private String dashboardUrl = "";
        private HttpTimeouts timeouts = HttpTimeouts.DEFAULT;

        public Builder routingKey(Secret key) {
            Objects.requireNonNull(key, "routingKey");
            if (key.reveal().length() != ROUTING_KEY_LENGTH) {
                throw new IllegalArgumentException("routingKey must be " + ROUTING_KEY_LENGTH
                        + " characters, but had " + key.reveal().length());
            }
            this.routingKey = key;
            return this;
        }

        public Builder url(String url) {
            if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
                throw new IllegalArgumentException("url must be an http or https URL"); // not printed: it may carry a key
            }
            this.url = url;
            return this;
        }

        public Builder source(String source) {
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException("source must not be blank, but was '" + source + "'");
            }
            this.source = source;
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

        public PagerDutyConfig build() {
            if (routingKey == null) {
                throw new IllegalArgumentException("routingKey is required");
            }
            return new PagerDutyConfig(this);
        }
    }
}
