package com.wedsync.guardian.notify.slack;

import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.secret.Secret;

import java.util.Objects;

/** An incoming webhook (the URL is the credential) and the dashboard its button links to. */
public final class SlackConfig {

    private final Secret webhookUrl;
    private final String dashboardUrl;
    private final HttpTimeouts timeouts;

    private SlackConfig(Builder b) {
        this.webhookUrl = b.webhookUrl;
        this.dashboardUrl = b.dashboardUrl;
        this.timeouts = b.timeouts;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Secret webhookUrl() {
        return webhookUrl;
    }

    public String dashboardUrl() {
        return dashboardUrl;
    }

    public HttpTimeouts timeouts() {
        return timeouts;
    }

    @Override
    public String toString() {
        return "SlackConfig[webhookUrl=" + webhookUrl + ", dashboardUrl=" + dashboardUrl + "]";
    }

    public static final class Builder {
        private Secret webhookUrl;
        private String dashboardUrl = "";
        private HttpTimeouts timeouts = HttpTimeouts.DEFAULT;

        public Builder webhookUrl(Secret url) {
            Objects.requireNonNull(url, "webhookUrl");
            if (!url.reveal().startsWith("http://") && !url.reveal().startsWith("https://")) {
                throw new IllegalArgumentException("webhookUrl must be an http or https URL");
            }
            this.webhookUrl = url;
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

        public SlackConfig build() {
            if (webhookUrl == null) {
                throw new IllegalArgumentException("webhookUrl is required");
            }
            return new SlackConfig(this);
        }
    }
}
