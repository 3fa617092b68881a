package com.wedsync.guardian.app.github;

import com.wedsync.guardian.secret.Secret;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code freeze.github:} the webhook secret GitHub signs with, the App's id and private key (PEM), GitHub's API address,
 * and how long a frozen deployment may be held before it is rejected (GitHub waits at most 30 days).
 */
public record GitHubSettings(Secret webhookSecret, String appId, Secret privateKey, URI apiUrl, Duration maxHold) {

    public static final URI DEFAULT_API = URI.create("https://api.github.com");
    public static final Duration DEFAULT_MAX_HOLD = Duration.ofDays(3);
    /** GitHub times a waiting deployment out after 30 days. */
    public static final Duration LONGEST_HOLD = Duration.ofDays(30);

    public GitHubSettings {
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(apiUrl, "apiUrl");
        if (maxHold == null || maxHold.isNegative() || maxHold.compareTo(LONGEST_HOLD) > 0) {
            throw new IllegalArgumentException("maxHold must be between 0 and 30d, but was " + maxHold);
        }
    }

    @Override
    public String toString() {
        return "GitHubSettings[appId=" + appId + ", apiUrl=" + apiUrl + ", maxHold=" + maxHold + "]";
    }
}
