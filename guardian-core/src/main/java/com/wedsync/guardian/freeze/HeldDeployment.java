package com.wedsync.guardian.freeze;

import java.time.Instant;
import java.util.Objects;

/**
 * A deployment waiting on the freeze: GitHub's callback to answer it, the installation whose token answers, and when
 * to look again.
 *
 * @param id             the callback URL's run and the environment, unique per waiting deployment
 * @param callbackUrl    GitHub's {@code deployment_callback_url}
 * @param installationId the GitHub App installation that received the webhook
 */
public record HeldDeployment(String id, String service, String environment, String callbackUrl, long installationId,
                             Instant heldAt, Instant until) {

    public HeldDeployment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        Objects.requireNonNull(heldAt, "heldAt");
        Objects.requireNonNull(until, "until");
    }

    public HeldDeployment until(Instant later) {
        return new HeldDeployment(id, service, environment, callbackUrl, installationId, heldAt, later);
    }
}
