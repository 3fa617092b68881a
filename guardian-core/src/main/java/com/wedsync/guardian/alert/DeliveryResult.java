package com.wedsync.guardian.alert;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * What a channel made of one delivery attempt.
 *
 * @param outcome    delivered, worth retrying, or failed for good
 * @param status     the HTTP status, or 0 when there was none (a time-out, a refused connection)
 * @param retryAfter how long the vendor asked us to wait (429 {@code Retry-After}), if it said
 * @param detail     a short explanation, never holding a secret
 * @param reached    for a channel with several recipients (SMS numbers), every recipient reached so far, as keys
 *                   the channel alone can map back (never the address itself); the outbox keeps them across
 *                   retries and the channel skips them. Empty for a channel that sends one request.
 */
public record DeliveryResult(Outcome outcome, int status, Optional<Duration> retryAfter, String detail,
                             Set<String> reached) {

    public enum Outcome { DELIVERED, RETRYABLE, PERMANENT }

    public DeliveryResult {
        retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
        detail = detail == null ? "" : detail;
        reached = reached == null ? Set.of() : Set.copyOf(reached);
    }

    public DeliveryResult(Outcome outcome, int status, Optional<Duration> retryAfter, String detail) {
        this(outcome, status, retryAfter, detail, Set.of());
    }

    public static DeliveryResult delivered(int status, String detail) {
        return new DeliveryResult(Outcome.DELIVERED, status, Optional.empty(), detail);
    }

    public static DeliveryResult retryable(int status, Duration retryAfter, String detail) {
        return new DeliveryResult(Outcome.RETRYABLE, status, Optional.ofNullable(retryAfter), detail);
    }

    public static DeliveryResult permanent(int status, String detail) {
        return new DeliveryResult(Outcome.PERMANENT, status, Optional.empty(), detail);
    }

    /** The one rule for HTTP status handling: 2xx ok, 429 and 5xx retry, the rest permanent. */
    public static Outcome classify(int status) {
        if (status >= 200 && status < 300) {
            return Outcome.DELIVERED;
        }
        if (status == 429 || status >= 500) {
            return Outcome.RETRYABLE;
        }
        return Outcome.PERMANENT;
    }

    /** This result, saying that {@code recipients} were reached. */
    public DeliveryResult withReached(Set<String> recipients) {
        return new DeliveryResult(outcome, status, retryAfter, detail, recipients);
    }

    public boolean delivered() {
        return outcome == Outcome.DELIVERED;
    }
}
