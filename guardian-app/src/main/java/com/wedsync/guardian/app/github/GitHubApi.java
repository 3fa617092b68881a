package com.wedsync.guardian.app.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.http.BoundedBody;
import com.wedsync.guardian.http.BoundedExchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two GitHub REST calls the gate makes (docs/deploy-freezes.md): an installation access token, with the App's
 * JWT, and the review of a waiting deployment, with that token. No error message carries a token.
 */
public final class GitHubApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The most of an answer read: GitHub's token and review answers are well under 10 KB; the JSON is parsed from it. */
    static final int MAX_ANSWER = 64 * 1024;
    static final String API_VERSION = "2022-11-28";

    /** A call GitHub did not accept, or could not be made; {@code retryable} for 429, 5xx and I/O. */
    public static final class CallFailed extends Exception {
        private final boolean retryable;

        CallFailed(String message, boolean retryable) {
            super(message, null, false, false);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final HttpClient http;
    private final GitHubSettings settings;
    private final AppJwt jwt;
    private final Clock clock;
    private final Duration timeout;

    public GitHubApi(GitHubSettings settings, Clock clock) {
        this(settings, clock, TIMEOUT);
    }

    /** @param timeout the deadline of each whole call, its answer's body included */
    GitHubApi(GitHubSettings settings, Clock clock, Duration timeout) {
        this.settings = settings;
        this.jwt = new AppJwt(settings.appId(), settings.privateKey());
        this.clock = clock;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** {@code POST /app/installations/{id}/access_tokens}: a token for that installation (201 {token, expires_at}). */
    String installationToken(long installationId) throws CallFailed {
        HttpResponse<byte[]> r = send(URI.create(base() + "/app/installations/" + installationId + "/access_tokens"),
                jwt.sign(clock.instant()), "{}");
        if (r.statusCode() != 201) {
            throw failure("installation token", r.statusCode());
        }
        try {
            JsonNode token = JSON.readTree(r.body()).path("token");
            if (!token.isTextual() || token.asText().isBlank()) {
                throw new CallFailed("GitHub's installation token answer has no token", false);
            }
            return token.asText();
        } catch (IOException e) {
            throw new CallFailed("GitHub's installation token answer is not JSON", false);
        }
    }

    /** Approves or rejects the waiting deployment at {@code callbackUrl} (204 expected). */
    void review(String callbackUrl, String token, String environment, boolean approve, String comment) throws CallFailed {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("environment_name", environment);
        body.put("state", approve ? "approved" : "rejected");
        body.put("comment", comment);
        try {
            HttpResponse<byte[]> r = send(URI.create(callbackUrl), token, JSON.writeValueAsString(body));
            if (r.statusCode() / 100 != 2) {
                throw failure("deployment review", r.statusCode());
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CallFailed("cannot write the review", false);
        }
    }

    /** True when {@code url} is a deployment-protection callback on the configured API: nothing else gets a token. */
    boolean isCallback(String url) {
        return url != null && url.length() <= 500 && url.startsWith(base() + "/repos/")
                && url.endsWith("/deployment_protection_rule") && !url.contains("..") && !url.contains("?")
                && !url.contains("#") && !url.contains("@");
    }

    private String base() {
        return settings.apiUrl().toString().replaceAll("/+$", "");
    }

    /** One call, bounded: {@link #MAX_ANSWER} bytes read at most, and the whole exchange within the time-out. */
    private HttpResponse<byte[]> send(URI uri, String bearer, String json) throws CallFailed {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/vnd.github+json, application/json")
                .header("X-GitHub-Api-Version", API_VERSION)
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return BoundedExchange.send(http, request, info -> BoundedBody.whole(MAX_ANSWER), timeout);
        } catch (BoundedBody.TooLarge e) {
            throw new CallFailed("GitHub's answer ran past " + MAX_ANSWER / 1024 + " KB; cut off", true);
        } catch (BoundedExchange.IncompleteBody e) {
            throw new CallFailed("GitHub answered HTTP " + e.status() + " but not completely within "
                    + timeout.toMillis() + " ms", true);
        } catch (HttpConnectTimeoutException e) {
            throw new CallFailed("GitHub unreachable (" + e.getClass().getSimpleName() + ")", true);
        } catch (HttpTimeoutException e) {
            throw new CallFailed("GitHub did not answer within " + timeout.toMillis() + " ms", true);
        } catch (IOException e) {
            throw new CallFailed("GitHub unreachable (" + e.getClass().getSimpleName() + ")", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallFailed("interrupted", true);
        }
    }

    private static CallFailed failure(String what, int status) {
        return new CallFailed("GitHub refused the " + what + " (HTTP " + status + ")", status == 429 || status >= 500);
    }
}
