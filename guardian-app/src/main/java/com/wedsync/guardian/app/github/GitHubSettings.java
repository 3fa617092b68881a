package com.wedsync.guardian.app.github;

import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.secret.Secret;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code freeze.github:} the webhook secret GitHub signs with, the App's id and private key (PEM), GitHub's API address,
 * and how long a frozen deployment may be held before it is rejected (GitHub waits at most 30 days).
 */
public record GitHubSettings(Secret webhookSecret, String appId, Secret privateKey, URI apiUrl, Duration maxHold) {

    public static final Setting<Secret> WEBHOOK_SECRET = Setting.secret("webhookSecret",
            "the webhook secret GitHub signs each delivery with").required();
    public static final Setting<String> APP_ID = Setting.string("appId", null, "the GitHub App's id").required();
    public static final Setting<Secret> PRIVATE_KEY = Setting.secret("privateKey",
            "the App's PEM key (PKCS#1 as GitHub issues it, or PKCS#8)").required();
    public static final Setting<String> API_URL = Setting.url("apiUrl", "https://api.github.com",
            "GitHub's API; GitHub Enterprise: https://HOST/api/v3", "https", "http");
    /** GitHub times a waiting deployment out after 30 days. */
    public static final Duration LONGEST_HOLD = Duration.ofDays(30);
    public static final Setting<Duration> MAX_HOLD = Setting.duration("maxHold", Duration.ZERO, LONGEST_HOLD,
            Duration.ofDays(3), "a freeze ending later than this is rejected at once instead of held");
    public static final Section SECTION = Section.of("github", "GitHub's custom deployment protection rule (optional)",
            WEBHOOK_SECRET, APP_ID, PRIVATE_KEY, API_URL, MAX_HOLD);

    public static final URI DEFAULT_API = URI.create(API_URL.defaultValue());
    public static final Duration DEFAULT_MAX_HOLD = MAX_HOLD.defaultValue();

    public GitHubSettings {
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(apiUrl, "apiUrl");
        MAX_HOLD.check(maxHold);
    }

    @Override
    public String toString() {
        return "GitHubSettings[appId=" + appId + ", apiUrl=" + apiUrl + ", maxHold=" + maxHold + "]";
    }
}
