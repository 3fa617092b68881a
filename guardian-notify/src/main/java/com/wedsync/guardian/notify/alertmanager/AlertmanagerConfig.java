package com.wedsync.guardian.notify.alertmanager;

import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.secret.Secret;

import java.util.Objects;

/** The {@code /api/v2/alerts} endpoint (treated as secret: it may carry basic-auth credentials) and a generator link. */
public final class AlertmanagerConfig {

    private final Secret url;
    private final String generatorUrl;
    private final HttpTimeouts timeouts;

    private AlertmanagerConfig(Builder b) {
        this.url = b.url;
        this.generatorUrl = b.generatorUrl;
        this.timeouts = b.timeouts;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Secret url() {
        return url;
    }

    public String generatorUrl() {
        return generatorUrl;
    }

    public HttpTimeouts timeouts() {
        return timeouts;
    }

    @Override
    public String toString() {
        return "AlertmanagerConfig[url=" + url + ", generatorUrl=" + generatorUrl + "]";
    }

    public static final class Builder {
        private Secret url;
        private String generatorUrl = "";
        private HttpTimeouts timeouts = HttpTimeouts.DEFAULT;

        public Builder url(Secret url) {
            Objects.requireNonNull(url, "url");
            if (!url.reveal().startsWith("http://") && !url.reveal().startsWith("https://")) {
                throw new IllegalArgumentException("url must be an http or https URL");
            }
            this.url = url;
            return this;
        }

        public Builder generatorUrl(String url) {
            this.generatorUrl = url == null ? "" : url;
            return this;
        }

        public Builder timeouts(HttpTimeouts t) {
            this.timeouts = Objects.requireNonNull(t, "timeouts");
            return this;
        }

        public AlertmanagerConfig build() {
            if (url == null) {
                throw new IllegalArgumentException("url is required");
            }
            return new AlertmanagerConfig(this);
        }
    }
}
