package com.wedsync.guardian.notify.webhook;

import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.secret.Secret;

import java.util.Objects;
import java.util.Optional;

/** The receiver's URL (may carry a token, so secret) and an optional bearer token. */
public final class WebhookConfig {

    private final Secret url;
    private final Optional<Secret> bearerToken;
    private final HttpTimeouts timeouts;

    private WebhookConfig(Builder b) {
        this.url = b.url;
        this.bearerToken = b.bearerToken;
        this.timeouts = b.timeouts;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Secret url() {
        return url;
    }

    public Optional<Secret> bearerToken() {
        return bearerToken;
    }

    public HttpTimeouts timeouts() {
        return timeouts;
    }

    @Override
    public String toString() {
        return "WebhookConfig[url=" + url + ", bearerToken=" + bearerToken.map(Secret::toString).orElse("none") + "]";
    }

    public static final class Builder {
        private Secret url;
        private Optional<Secret> bearerToken = Optional.empty();
        private HttpTimeouts timeouts = HttpTimeouts.DEFAULT;

        public Builder url(Secret url) {
            Objects.requireNonNull(url, "url");
            if (!url.reveal().startsWith("http://") && !url.reveal().startsWith("https://")) {
                throw new IllegalArgumentException("url must be an http or https URL");
            }
            this.url = url;
            return this;
        }

        public Builder bearerToken(Secret token) {
            this.bearerToken = Optional.ofNullable(token).filter(t -> !t.reveal().isBlank());
            return this;
        }

        public Builder timeouts(HttpTimeouts t) {
            this.timeouts = Objects.requireNonNull(t, "timeouts");
            return this;
        }

        public WebhookConfig build() {
            if (url == null) {
                throw new IllegalArgumentException("url is required");
            }
            return new WebhookConfig(this);
        }
    }
}
