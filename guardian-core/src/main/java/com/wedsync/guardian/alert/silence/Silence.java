package com.wedsync.guardian.alert.silence;

import com.wedsync.guardian.alert.route.LabelMatcher;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A silence: alerts matching every matcher are not notified between {@code startsAt} and {@code endsAt}.
 *
 * @param author  who created it (from the API's authenticated caller)
 * @param comment why
 */
public record Silence(String id, List<LabelMatcher> matchers, String author, String comment, Instant startsAt,
                      Instant endsAt, Instant createdAt) {

    public enum State { PENDING, ACTIVE, EXPIRED }

    public Silence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        matchers = List.copyOf(matchers);
    }

    public State state(Instant now) {
        if (!now.isBefore(endsAt)) {
            return State.EXPIRED;
        }
        return now.isBefore(startsAt) ? State.PENDING : State.ACTIVE;
    }

    public boolean matches(Map<String, String> labels) {
        for (LabelMatcher m : matchers) {
            if (!m.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    Silence expiredAt(Instant at) {
        return new Silence(id, matchers, author, comment, at.isBefore(startsAt) ? at : startsAt, at, createdAt);
    }
}
