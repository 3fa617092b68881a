package com.wedsync.guardian.app.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.app.runtime.DeployFreeze;
import com.wedsync.guardian.freeze.HeldDeployment;
import com.wedsync.guardian.freeze.HeldDeployments;
import com.wedsync.guardian.freeze.HoldVerdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * GitHub's custom deployment protection rule. A signed {@code deployment_protection_rule} webhook is decided at once:
 * allowed is approved, a freeze with a known end within {@code maxHold} is held (in the store) and approved when it
 * ends, anything else is rejected with the reasons. {@link #releaseDue()} answers the held ones whose time has come;
 * a GitHub call that fails retryably is tried again a minute later, so nothing waiting is lost.
 */
public final class DeploymentGate {

    /** The answer to the webhook: an HTTP status and a sentence. */
    public record Receipt(int status, String message) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentGate.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String EVENT = "deployment_protection_rule";
    static final Duration RETRY = Duration.ofMinutes(1);
    private static final int RELEASE_BATCH = 100;

    private final GitHubSettings settings;
    private final GitHubApi api;
    private final DeployFreeze freeze;
    private final HeldDeployments held;
    private final Clock clock;

    public DeploymentGate(GitHubSettings settings, GitHubApi api, DeployFreeze freeze, HeldDeployments held, Clock clock) {
        this.settings = settings;
        this.api = api;
        this.freeze = freeze;
        this.held = held;
        this.clock = clock;
    }

    public Receipt receive(String body, Optional<String> signature, Optional<String> event) {
        if (!WebhookSignature.verify(settings.webhookSecret(), body.getBytes(StandardCharsets.UTF_8), signature.orElse(null))) {
            return new Receipt(401, "X-Hub-Signature-256 is missing or does not match the body under the webhook secret");
        }
        if (!event.map(EVENT::equals).orElse(false)) {
            return new Receipt(202, "ignored: not a " + EVENT + " event");
        }
        JsonNode hook;
        try {
            hook = JSON.readTree(body);
        } catch (IOException e) {
            return new Receipt(400, "the body is not JSON");
        }
        if (!"requested".equals(hook.path("action").asText())) {
            return new Receipt(202, "ignored: action is not requested");
        }
        String environment = hook.path("environment").asText("");
        String service = hook.path("repository").path("name").asText("");
        String callback = hook.path("deployment_callback_url").asText("");
        long installation = hook.path("installation").path("id").asLong(0);
        if (!api.isCallback(callback)) {
            return new Receipt(400, "deployment_callback_url is not a deployment protection callback on " + settings.apiUrl());
        }
        if (installation <= 0) {
            return new Receipt(400, "installation.id is required");
        }
        Instant now = clock.instant();
        HeldDeployment waiting = new HeldDeployment(callback + "|" + environment, service, environment, callback,
                installation, now, now);
        try {
            return answer(waiting, now);
        } catch (IllegalArgumentException e) {
            return new Receipt(400, e.getMessage());
        }
    }

    /** Answers every held deployment whose time has come; returns how many were answered. */
    public synchronized int releaseDue() {
        Instant now = clock.instant();
        int answered = 0;
        for (HeldDeployment h : held.due(now, RELEASE_BATCH)) {
            try {
                if (answer(h, now).status() == 200) {
                    answered++;
                }
            } catch (IllegalArgumentException e) {
                LOG.warn("held deployment for {} in {} cannot be decided ({}); dropped", h.service(), h.environment(),
                        e.getMessage());
                held.remove(h.id());
            }
        }
        return answered;
    }

    private Receipt answer(HeldDeployment h, Instant now) {
        HoldVerdict verdict = HoldVerdict.of(freeze.decide(h.service(), h.environment(), Optional.of(now)), now,
                settings.maxHold().minus(Duration.between(h.heldAt(), now)));
        if (verdict.action() == HoldVerdict.Action.HOLD) {
            held.save(h.until(verdict.until().orElseThrow()));
            return new Receipt(202, verdict.comment());
        }
        try {
            String token = api.installationToken(h.installationId());
            api.review(h.callbackUrl(), token, h.environment(), verdict.action() == HoldVerdict.Action.APPROVE,
                    verdict.comment());
            held.remove(h.id());
            return new Receipt(200, verdict.comment());
        } catch (GitHubApi.CallFailed e) {
            if (e.retryable()) {
                held.save(h.until(now.plus(RETRY)));
                return new Receipt(202, "decided (" + verdict.action() + ") but " + e.getMessage() + "; retrying");
            }
            held.remove(h.id());
            LOG.warn("deployment for {} in {} could not be answered: {}", h.service(), h.environment(), e.getMessage());
            return new Receipt(502, e.getMessage());
        }
    }
}
